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

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.HEAD;

/**
 * Spring MVC handler that serves the AsyncAPI document as YAML ({@code application/yaml}) and
 * JSON ({@code application/json}), both UTF-8, and its TypeScript declarations for
 * socket.io-client ({@code application/typescript}). {@link AsyncApiDocumentWebFluxHandler}
 * serves the same in a WebFlux application.
 *
 * @since 0.1.0
 */
public class AsyncApiDocumentHandler {

	/** The media type of the YAML document. */
	public static final MediaType APPLICATION_YAML = DocumentFormat.YAML.mediaType();

	private final AsyncApiDocumentProvider provider;

	/**
	 * Create a handler.
	 * @param provider the document
	 */
	public AsyncApiDocumentHandler(AsyncApiDocumentProvider provider) {
		this.provider = provider;
	}

	/**
	 * Serve the document as YAML.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse yaml(ServerRequest request) {
		return WebMvcResponses.of(request, DocumentFormat.YAML.response(this.provider));
	}

	/**
	 * Serve the document as JSON.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse json(ServerRequest request) {
		return WebMvcResponses.of(request, DocumentFormat.JSON.response(this.provider));
	}

	/**
	 * Serve the TypeScript declarations of the document.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse typeScript(ServerRequest request) {
		return WebMvcResponses.of(request, DocumentFormat.TYPESCRIPT.response(this.provider));
	}

	/**
	 * Routes {@code GET} and {@code HEAD} of {@code {path}.yaml}, {@code {path}.json} and
	 * {@code {path}.d.ts} to this handler.
	 * @param path the document path without extension, for example {@code /asyncapi}
	 * @return the routes
	 */
	public RouterFunction<ServerResponse> routes(String path) {
		String base = normalize(path);
		String yaml = DocumentFormat.YAML.path(base);
		String json = DocumentFormat.JSON.path(base);
		String typeScript = DocumentFormat.TYPESCRIPT.path(base);
		return RouterFunctions.route()
			.route(GET(yaml).or(HEAD(yaml)), this::yaml)
			.route(GET(json).or(HEAD(json)), this::json)
			.route(GET(typeScript).or(HEAD(typeScript)), this::typeScript)
			.build();
	}

	/**
	 * A path with a leading slash and without trailing slash.
	 * @param path the configured path
	 * @return the normalized path
	 */
	public static String normalize(String path) {
		return AsyncApiPaths.normalize(path);
	}

}
