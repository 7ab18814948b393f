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

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;

/**
 * WebFlux handler that serves the AsyncAPI viewer with the same paths, headers and caching as
 * the Spring MVC {@link AsyncApiViewerHandler}: the page at {@code GET {path}} and its scripts
 * and style sheet at {@code GET {path}/ui/{file}}. Every URL the page is given starts with the
 * request's context path ({@code spring.webflux.base-path}). Assets are read from the classpath
 * on first request, on a thread of the bounded elastic scheduler.
 *
 * @since 0.1.0
 */
public class AsyncApiViewerWebFluxHandler {

	private final AsyncApiViewer viewer;

	/**
	 * Create a handler.
	 * @param path the path of the viewer, for example {@code /asyncapi}; the document is at
	 * this path followed by {@code .json}
	 * @param playground whether the page offers the playground
	 */
	public AsyncApiViewerWebFluxHandler(String path, boolean playground) {
		this.viewer = new AsyncApiViewer(path, playground);
	}

	/**
	 * Serve the page, with the URLs of its assets and of the document.
	 * @param request the request
	 * @return the response
	 */
	public Mono<ServerResponse> page(ServerRequest request) {
		return WebFluxResponses.of(request, this.viewer.page(request.requestPath().contextPath().value()));
	}

	/**
	 * Serve a script or the style sheet of the page; 404 for any other name.
	 * @param request the request, with the file name as path variable {@code file}
	 * @return the response
	 */
	public Mono<ServerResponse> asset(ServerRequest request) {
		String name = request.pathVariable("file");
		return Mono.fromCallable(() -> this.viewer.asset(name))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((response) -> WebFluxResponses.of(request, response));
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
					(request) -> WebFluxResponses.of(request, AsyncApiViewer.notFound()))
			.build();
	}

}
