package io.github.sioasyncapi.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * WebFlux responses from the stack-neutral responses of the document and the viewer.
 */
final class WebFluxResponses {

	private WebFluxResponses() {
	}

	/**
	 * The response as WebFlux sends it: a 304 without body when it has an ETag that the
	 * request's {@code If-None-Match} matches, otherwise its status, headers and body.
	 * @param request the request
	 * @param response the response
	 * @return the WebFlux response
	 */
	static Mono<ServerResponse> of(ServerRequest request, ResponseEntity<byte[]> response) {
		String etag = response.getHeaders().getETag();
		Mono<ServerResponse> notModified = (etag != null) ? request.checkNotModified(etag) : Mono.empty();
		return notModified.switchIfEmpty(Mono.defer(() -> {
			ServerResponse.BodyBuilder builder = ServerResponse.status(response.getStatusCode())
				.headers((headers) -> headers.addAll(response.getHeaders()));
			byte[] body = response.getBody();
			return (body != null) ? builder.bodyValue(body) : builder.build();
		}));
	}

}
