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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The viewer's responses, the same for Spring MVC and WebFlux: the page, with the URLs of its
 * assets and of the document, and its scripts and style sheet from
 * {@code META-INF/asyncapi-socketio/viewer/} on the classpath, with their headers and ETags.
 * The handlers of each stack route requests here and answer conditional requests with the
 * ETag.
 */
final class AsyncApiViewer {

	/**
	 * The Content-Security-Policy of the page: scripts, styles and images from the server
	 * only; connections to the server and to Socket.IO servers anywhere (the playground).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss: http: https:; img-src 'self' data:";

	private static final String LOCATION = "META-INF/asyncapi-socketio/viewer/";

	private static final MediaType TEXT_HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final MediaType TEXT_JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final MediaType TEXT_CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private static final String NOSNIFF = "nosniff";

	/** The names of the viewer's scripts and style sheet: no directory, no other kind of file. */
	private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css)");

	private final String path;

	private final boolean playground;

	private final String template;

	private final Map<String, ResponseEntity<byte[]>> assets = new ConcurrentHashMap<>();

	/**
	 * Create the viewer.
	 * @param path the path of the viewer, for example {@code /asyncapi}; the document is at
	 * this path followed by {@code .json}
	 * @param playground whether the page offers the playground
	 */
	AsyncApiViewer(String path, boolean playground) {
		this.path = AsyncApiPaths.normalize(path);
		this.playground = playground;
		this.template = new String(read(new ClassPathResource(LOCATION + "index.html", classLoader())),
				StandardCharsets.UTF_8);
	}

	/**
	 * The normalized path of the page.
	 * @return the path, without the context path
	 */
	String path() {
		return this.path;
	}

	/**
	 * The path of the assets.
	 * @return {@code {path}/ui}, without the context path
	 */
	String assetsPath() {
		return AsyncApiPaths.assets(this.path);
	}

	/**
	 * The page, with the URLs of its assets, of the document and of its TypeScript
	 * declarations; never cached without
	 * revalidation, with a strict Content-Security-Policy.
	 * @param contextPath the context path of the request
	 * @return a 200 response with the page
	 */
	ResponseEntity<byte[]> page(String contextPath) {
		String base = contextPath + this.path;
		String html = this.template.replace("{{assets}}", HtmlUtils.htmlEscapeDecimal(AsyncApiPaths.assets(base), "UTF-8"))
			.replace("{{document}}", HtmlUtils.htmlEscapeDecimal(DocumentFormat.JSON.path(base), "UTF-8"))
			.replace("{{yaml}}", HtmlUtils.htmlEscapeDecimal(DocumentFormat.YAML.path(base), "UTF-8"))
			.replace("{{typescript}}", HtmlUtils.htmlEscapeDecimal(DocumentFormat.TYPESCRIPT.path(base), "UTF-8"))
			.replace("{{playground}}", String.valueOf(this.playground));
		return ResponseEntity.ok()
			.contentType(TEXT_HTML)
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", NOSNIFF)
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A script or the style sheet of the page, revalidated with its ETag; 404 for any other
	 * name. Names are single lower-case file names, so nothing outside the viewer's directory
	 * can be named. Each asset is read once, on first request.
	 * @param name the file name
	 * @return a 200 response with the asset, or a 404
	 */
	ResponseEntity<byte[]> asset(String name) {
		ResponseEntity<byte[]> asset = this.assets.get(name);
		if (asset == null) {
			asset = read(name);
			if (asset == null) {
				return notFound();
			}
			this.assets.putIfAbsent(name, asset);
		}
		return asset;
	}

	/**
	 * The answer to any other path under the viewer's assets.
	 * @return a 404 response without body
	 */
	static ResponseEntity<byte[]> notFound() {
		return ResponseEntity.notFound().header("X-Content-Type-Options", NOSNIFF).build();
	}

	private @Nullable ResponseEntity<byte[]> read(String name) {
		if (!ASSET_NAME.matcher(name).matches()) {
			return null;
		}
		Resource resource = new ClassPathResource(LOCATION + name, classLoader());
		if (!resource.exists()) {
			return null;
		}
		byte[] content = read(resource);
		return ResponseEntity.ok()
			.contentType(name.endsWith(".css") ? TEXT_CSS : TEXT_JAVASCRIPT)
			.eTag("\"" + DigestUtils.md5DigestAsHex(content) + "\"")
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", NOSNIFF)
			.body(content);
	}

	private static byte[] read(Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the viewer's " + resource, ex);
		}
	}

	private static ClassLoader classLoader() {
		return AsyncApiViewer.class.getClassLoader();
	}

}
