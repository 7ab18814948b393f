/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.sioasyncapi.web;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.HEAD;

/**
 * Spring MVC handler that serves the AsyncAPI viewer: the page at {@code GET {path}} and its
 * scripts and style sheet at {@code GET {path}/ui/{file}}, from
 * {@code META-INF/asyncapi-socketio/viewer/} on the classpath. The page loads the document from
 * {@code {path}.json} and links it as YAML and JSON, and the TypeScript declarations
 * ({@code {path}.d.ts}); every URL it is given starts with the request's context path.
 * {@link AsyncApiViewerWebFluxHandler} serves the same in a WebFlux application.
 * <p>
 * The page has no inline script or style and is served with a strict
 * {@link #CONTENT_SECURITY_POLICY Content-Security-Policy}; it is never cached without
 * revalidation, and the assets are revalidated with their ETag.
 *
 * @since 0.1.0
 */
public class AsyncApiViewerHandler {

	/**
	 * The Content-Security-Policy of the page: scripts, styles and images from the server
	 * only; connections to the server and to Socket.IO servers anywhere (the playground).
	 */
	public static final String CONTENT_SECURITY_POLICY = AsyncApiViewer.CONTENT_SECURITY_POLICY;

	private final AsyncApiViewer viewer;

	/**
	 * Create a handler.
	 * @param path the path of the viewer, for example {@code /asyncapi}; the document is at
	 * this path followed by {@code .json}
	 * @param playground whether the page offers the playground
	 */
	public AsyncApiViewerHandler(String path, boolean playground) {
		this.viewer = new AsyncApiViewer(path, playground);
	}

	/**
	 * Serve the page, with the URLs of its assets and of the document.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse page(ServerRequest request) {
		return WebMvcResponses.of(request, this.viewer.page(request.requestPath().contextPath().value()));
	}

	/**
	 * Serve a script or the style sheet of the page; 404 for any other name.
	 * @param request the request, with the file name as path variable {@code file}
	 * @return the response
	 */
	public ServerResponse asset(ServerRequest request) {
		return WebMvcResponses.of(request, this.viewer.asset(request.pathVariable("file")));
	}

	/**
	 * Routes {@code GET} and {@code HEAD} of {@code {path}} and {@code {path}/ui/**} to this
	 * handler.
	 * @return the routes
	 */
	public RouterFunction<ServerResponse> routes() {
		String page = this.viewer.path();
		String assets = this.viewer.assetsPath();
		return RouterFunctions.route()
			.route(GET(page).or(HEAD(page)), this::page)
			.route(GET(assets + "/{file}").or(HEAD(assets + "/{file}")), this::asset)
			.route(GET(assets + "/**").or(HEAD(assets + "/**")),
					(request) -> WebMvcResponses.of(request, AsyncApiViewer.notFound()))
			.build();
	}

}
