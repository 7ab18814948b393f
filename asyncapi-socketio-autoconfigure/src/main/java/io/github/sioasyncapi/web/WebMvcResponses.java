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

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC responses from the stack-neutral responses of the document and the viewer.
 */
final class WebMvcResponses {

	private WebMvcResponses() {
	}

	/**
	 * The response as Spring MVC sends it: a 304 without body when it has an ETag that the
	 * request's {@code If-None-Match} matches, otherwise its status, headers and body.
	 * @param request the request
	 * @param response the response
	 * @return the Spring MVC response
	 */
	static ServerResponse of(ServerRequest request, ResponseEntity<byte[]> response) {
		String etag = response.getHeaders().getETag();
		if (etag != null) {
			Optional<ServerResponse> notModified = request.checkNotModified(etag);
			if (notModified.isPresent()) {
				return notModified.get();
			}
		}
		ServerResponse.BodyBuilder builder = ServerResponse.status(response.getStatusCode())
			.headers((headers) -> headers.addAll(response.getHeaders()));
		byte[] body = response.getBody();
		return (body != null) ? builder.body(body) : builder.build();
	}

}
