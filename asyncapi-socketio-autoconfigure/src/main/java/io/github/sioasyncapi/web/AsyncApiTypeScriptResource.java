package io.github.sioasyncapi.web;

import java.nio.charset.StandardCharsets;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import org.springframework.http.MediaType;

/**
 * The TypeScript declarations of the document, {@code GET {path}.d.ts}, as the web stacks
 * serve them: the bytes and their media type. The Spring MVC {@link AsyncApiDocumentHandler}
 * routes to it; nothing here depends on a web stack.
 */
public final class AsyncApiTypeScriptResource {

	/** The media type of the declarations, UTF-8. */
	public static final MediaType APPLICATION_TYPESCRIPT = MediaType.parseMediaType("application/typescript;charset=UTF-8");

	/** What follows the document path in the URL of the declarations. */
	public static final String EXTENSION = ".d.ts";

	private final AsyncApiDocumentProvider provider;

	/**
	 * Create the resource.
	 * @param provider the document
	 */
	public AsyncApiTypeScriptResource(AsyncApiDocumentProvider provider) {
		this.provider = provider;
	}

	/**
	 * The URL path of the declarations.
	 * @param path the document path without extension, for example {@code /asyncapi}
	 * @return the path, for example {@code /asyncapi.d.ts}
	 */
	public static String path(String path) {
		return AsyncApiDocumentHandler.normalize(path) + EXTENSION;
	}

	/**
	 * The media type of the response.
	 * @return {@code application/typescript;charset=UTF-8}
	 */
	public MediaType contentType() {
		return APPLICATION_TYPESCRIPT;
	}

	/**
	 * The body of the response.
	 * @return the declarations, UTF-8
	 */
	public byte[] body() {
		return this.provider.getTypeScript().getBytes(StandardCharsets.UTF_8);
	}

}
