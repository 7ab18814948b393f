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

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A format the document is served in, at {@code {path}.{extension}}, with the response the
 * Spring MVC and the WebFlux handler both send: the document as YAML and JSON, and its
 * TypeScript declarations.
 */
enum DocumentFormat {

	/** {@code application/yaml}, UTF-8. */
	YAML("yaml", MediaType.parseMediaType("application/yaml"), AsyncApiDocumentProvider::getYaml),

	/** {@code application/json}, UTF-8. */
	JSON("json", MediaType.APPLICATION_JSON, AsyncApiDocumentProvider::getJson),

	/** The TypeScript declarations for socket.io-client, {@code application/typescript}, UTF-8. */
	TYPESCRIPT("d.ts", MediaType.parseMediaType("application/typescript;charset=UTF-8"),
			AsyncApiDocumentProvider::getTypeScript);

	private final String extension;

	private final MediaType mediaType;

	private final Function<AsyncApiDocumentProvider, String> content;

	DocumentFormat(String extension, MediaType mediaType, Function<AsyncApiDocumentProvider, String> content) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.content = content;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The path of the document in this format.
	 * @param base the normalized document path without extension
	 * @return the path
	 */
	String path(String base) {
		return base + "." + this.extension;
	}

	/**
	 * The document in this format; builds the document on first use, which may take a while.
	 * @param provider the document
	 * @return a 200 response with the document
	 */
	ResponseEntity<byte[]> response(AsyncApiDocumentProvider provider) {
		return ResponseEntity.ok()
			.contentType(this.mediaType)
			.body(this.content.apply(provider).getBytes(StandardCharsets.UTF_8));
	}

}
