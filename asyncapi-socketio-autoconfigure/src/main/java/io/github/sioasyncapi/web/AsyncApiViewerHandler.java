package io.github.sioasyncapi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.HEAD;

/**
 * Spring MVC handler that serves the AsyncAPI viewer: the page at {@code GET {path}} and its
 * scripts and style sheet at {@code GET {path}/ui/{file}}, from
 * {@code META-INF/asyncapi-socketio/viewer/} on the classpath. The page loads the document from
 * {@code {path}.json} and links it as YAML and JSON, and the TypeScript declarations
 * ({@code {path}.d.ts}); every URL it is given starts with the request's context path.
 * <p>
 * The page has no inline script or style and is served with a strict
 * {@link #CONTENT_SECURITY_POLICY Content-Security-Policy}; it is never cached without
 * revalidation, and the assets are revalidated with their ETag.
 */
public class AsyncApiViewerHandler {

	/**
	 * The Content-Security-Policy of the page: scripts, styles and images from the server
	 * only; connections to the server and to Socket.IO servers anywhere (the playground).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss: http: https:; img-src 'self' data:";

	private static final String LOCATION = "META-INF/asyncapi-socketio/viewer/";

	private static final MediaType TEXT_HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final MediaType TEXT_JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final MediaType TEXT_CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	/** The names of the viewer's scripts and style sheet: no directory, no other kind of file. */
	private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css)");

	private final String path;

	private final boolean playground;

	private final String template;

	private final Map<String, Asset> assets = new ConcurrentHashMap<>();

	/**
	 * Create a handler.
	 * @param path the path of the viewer, for example {@code /asyncapi}; the document is at
	 * this path followed by {@code .json}
	 * @param playground whether the page offers the playground
	 */
	public AsyncApiViewerHandler(String path, boolean playground) {
		this.path = AsyncApiDocumentHandler.normalize(path);
		this.playground = playground;
		this.template = new String(
				read(new ClassPathResource(LOCATION + "index.html", AsyncApiViewerHandler.class.getClassLoader())),
				StandardCharsets.UTF_8);
	}

	/**
	 * Serve the page, with the URLs of its assets and of the document.
	 * @param request the request
	 * @return the response
	 */
	public ServerResponse page(ServerRequest request) {
		String base = request.requestPath().contextPath().value() + this.path;
		String html = this.template.replace("{{assets}}", HtmlUtils.htmlEscapeDecimal(assetsPrefix(base), "UTF-8"))
			.replace("{{document}}", HtmlUtils.htmlEscapeDecimal(base + ".json", "UTF-8"))
			.replace("{{yaml}}", HtmlUtils.htmlEscapeDecimal(base + ".yaml", "UTF-8"))
			.replace("{{typescript}}", HtmlUtils.htmlEscapeDecimal(base + AsyncApiTypeScriptResource.EXTENSION, "UTF-8"))
			.replace("{{playground}}", String.valueOf(this.playground));
		return ServerResponse.ok()
			.contentType(TEXT_HTML)
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Serve a script or the style sheet of the page; 404 for any other name.
	 * @param request the request, with the file name as path variable {@code file}
	 * @return the response
	 */
	public ServerResponse asset(ServerRequest request) {
		Asset asset = asset(request.pathVariable("file"));
		if (asset == null) {
			return notFound(request);
		}
		return request.checkNotModified(asset.etag())
			.orElseGet(() -> ServerResponse.ok()
				.contentType(asset.type())
				.eTag(asset.etag())
				.cacheControl(CacheControl.noCache())
				.header("X-Content-Type-Options", "nosniff")
				.body(asset.content()));
	}

	/**
	 * Routes {@code GET} and {@code HEAD} of {@code {path}} and {@code {path}/ui/**} to this
	 * handler.
	 * @return the routes
	 */
	public RouterFunction<ServerResponse> routes() {
		String assetsPath = assetsPrefix(this.path);
		return RouterFunctions.route()
			.route(GET(this.path).or(HEAD(this.path)), this::page)
			.route(GET(assetsPath + "/{file}").or(HEAD(assetsPath + "/{file}")), this::asset)
			.route(GET(assetsPath + "/**").or(HEAD(assetsPath + "/**")), AsyncApiViewerHandler::notFound)
			.build();
	}

	private static ServerResponse notFound(ServerRequest request) {
		return ServerResponse.status(HttpStatus.NOT_FOUND).header("X-Content-Type-Options", "nosniff").build();
	}

	private static String assetsPrefix(String base) {
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ui";
	}

	/**
	 * The asset of that name: a script or style sheet of the viewer's directory, read once.
	 * Names are single lower-case file names, so nothing outside the directory can be named.
	 */
	private @Nullable Asset asset(String name) {
		Asset asset = this.assets.get(name);
		if (asset == null && ASSET_NAME.matcher(name).matches()) {
			Resource resource = new ClassPathResource(LOCATION + name, AsyncApiViewerHandler.class.getClassLoader());
			if (resource.exists()) {
				byte[] content = read(resource);
				MediaType type = name.endsWith(".css") ? TEXT_CSS : TEXT_JAVASCRIPT;
				asset = new Asset(type, content, "\"" + DigestUtils.md5DigestAsHex(content) + "\"");
				this.assets.putIfAbsent(name, asset);
			}
		}
		return asset;
	}

	private static byte[] read(Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the viewer's " + resource, ex);
		}
	}

	private record Asset(MediaType type, byte[] content, String etag) {
	}

}
