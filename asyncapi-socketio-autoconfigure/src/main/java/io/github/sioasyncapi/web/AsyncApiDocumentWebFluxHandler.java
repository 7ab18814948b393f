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
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;

/**
 * WebFlux handler that serves the AsyncAPI document as YAML ({@code application/yaml}) and
 * JSON ({@code application/json}), both UTF-8, and its TypeScript declarations for
 * socket.io-client ({@code application/typescript}), with the same paths and headers as the
 * Spring MVC {@link AsyncApiDocumentHandler}. The document and the declarations are built on
 * first use, which may take a while: that happens on a thread of the bounded elastic scheduler,
 * never on an event loop.
 *
 * @since 0.1.0
 */
public class AsyncApiDocumentWebFluxHandler {

	private final AsyncApiDocumentProvider provider;

	/**
	 * Create a handler.
	 * @param provider the document
	 */
	public AsyncApiDocumentWebFluxHandler(AsyncApiDocumentProvider provider) {
		this.provider = provider;
	}

	/**
	 * Serve the document as YAML.
	 * @param request the request
	 * @return the response
	 */
	public Mono<ServerResponse> yaml(ServerRequest request) {
		return serve(request, DocumentFormat.YAML);
	}

	/**
	 * Serve the document as JSON.
	 * @param request the request
	 * @return the response
	 */
	public Mono<ServerResponse> json(ServerRequest request) {
		return serve(request, DocumentFormat.JSON);
	}

	/**
	 * Serve the TypeScript declarations of the document.
	 * @param request the request
	 * @return the response
	 */
	public Mono<ServerResponse> typeScript(ServerRequest request) {
		return serve(request, DocumentFormat.TYPESCRIPT);
	}

	/**
	 * Routes {@code GET} and {@code HEAD} of {@code {path}.yaml}, {@code {path}.json} and
	 * {@code {path}.d.ts} to this handler.
	 * @param path the document path without extension, for example {@code /asyncapi}
	 * @return the routes
	 */
	public RouterFunction<ServerResponse> routes(String path) {
		String base = AsyncApiPaths.normalize(path);
		String yaml = DocumentFormat.YAML.path(base);
		String json = DocumentFormat.JSON.path(base);
		String typeScript = DocumentFormat.TYPESCRIPT.path(base);
		return RouterFunctions.route()
			.route(GET(yaml).or(HEAD(yaml)), this::yaml)
			.route(GET(json).or(HEAD(json)), this::json)
			.route(GET(typeScript).or(HEAD(typeScript)), this::typeScript)
			.build();
	}

	private Mono<ServerResponse> serve(ServerRequest request, DocumentFormat format) {
		return Mono.fromCallable(() -> format.response(this.provider))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((response) -> WebFluxResponses.of(request, response));
	}

}
