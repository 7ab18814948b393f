package io.github.sioasyncapi.web;

import java.nio.charset.StandardCharsets;

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
 * JSON ({@code application/json}), both UTF-8, and its TypeScript declarations
 * ({@link AsyncApiTypeScriptResource}).
 */
public class AsyncApiDocumentHandler {

	/** The media type of the YAML document. */
	public static final MediaType APPLICATION_YAML = MediaType.parseMediaType("application/yaml");

	private final AsyncApiDocumentProvider provider;

	private final AsyncApiTypeScriptResource typeScript;

	/**
	 * Create a handler.
	 * @param provider the document
	 */
	public AsyncApiDocumentHandler(AsyncApiDocumentProvider provider) {
		this.provider = provider;
		this.typeScript = new AsyncApiTypeScriptResource(provider);
	}

	/**
	 * Serve the document as YAML.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse yaml(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(APPLICATION_YAML)
			.body(this.provider.getYaml().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Serve the document as JSON.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse json(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.provider.getJson().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Serve the TypeScript declarations of the document.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse typeScript(ServerRequest request) {
		return ServerResponse.ok().contentType(this.typeScript.contentType()).body(this.typeScript.body());
	}

	/**
	 * Routes {@code GET} and {@code HEAD} of {@code {path}.yaml}, {@code {path}.json} and
	 * {@code {path}.d.ts} to this handler.
	 * @param path the document path without extension, for example {@code /asyncapi}
	 * @return the routes
	 */
	public RouterFunction<ServerResponse> routes(String path) {
		String base = normalize(path);
		return RouterFunctions.route()
			.route(GET(base + ".yaml").or(HEAD(base + ".yaml")), this::yaml)
			.route(GET(base + ".json").or(HEAD(base + ".json")), this::json)
			.route(GET(AsyncApiTypeScriptResource.path(base)).or(HEAD(AsyncApiTypeScriptResource.path(base))),
					this::typeScript)
			.build();
	}

	/**
	 * A path with a leading slash and without trailing slash.
	 * @param path the configured path
	 * @return the normalized path
	 */
	public static String normalize(String path) {
		String normalized = path.trim();
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized.startsWith("/") ? normalized : "/" + normalized;
	}

}
