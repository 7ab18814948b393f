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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document endpoints and the viewer on a real web server, under a context path and a
 * changed {@code socketio.asyncapi.path}: the URLs of the page lead to every module it imports,
 * to its style sheet and to the document; the headers and the caching are those the manual
 * documents; nothing else of the classpath is reachable. Each web stack runs these same tests
 * ({@link AsyncApiViewerServerTests} on Spring MVC, {@link AsyncApiViewerWebFluxServerTests} on
 * WebFlux).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractAsyncApiServerTests {

	private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s*'(\\./[^']+)'");

	private static final Pattern ATTRIBUTE = Pattern.compile("data-(assets|document)=\"([^\"]*)\"");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	ConfigurableApplicationContext context;

	private String base;

	/**
	 * The properties of the application: its web stack, and {@code /ctx} as context path.
	 * @return the properties
	 */
	abstract String[] webProperties();

	@BeforeAll
	void start() {
		this.context = new SpringApplicationBuilder(ViewerApp.class).properties(webProperties())
			.properties("socketio.server.auto-startup=false", "server.port=0", "server.address=127.0.0.1",
					"socketio.asyncapi.path=/docs/socket-api")
			.run();
		this.base = "http://127.0.0.1:" + this.context.getEnvironment().getRequiredProperty("local.server.port");
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	@Test
	void pageLeadsToEveryModuleItsStyleSheetAndTheDocument() throws Exception {
		HttpResponse<String> page = get("/ctx/docs/socket-api");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(AsyncApiViewerHandlerTests.CSP);
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
		Matcher attributes = ATTRIBUTE.matcher(page.body());
		assertThat(attributes.find()).isTrue();
		String assets = attributes.group(2);
		assertThat(attributes.find()).isTrue();
		String document = attributes.group(2);
		assertThat(assets).isEqualTo("/ctx/docs/socket-api/ui");
		assertThat(document).isEqualTo("/ctx/docs/socket-api.json");

		HttpResponse<String> json = get(document);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).isEqualTo(this.context.getBean(AsyncApiDocumentProvider.class).getJson());

		HttpResponse<String> css = get(assets + "/viewer.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");

		Set<String> modules = modules(assets, "app.js");
		assertThat(modules).contains("app.js", "playground.js", "socketio-client.js", "schema-tree.js", "markdown.js");
		assertThat(AsyncApiViewerHandlerTests.viewerFiles()).extracting((file) -> file.getFilename())
			.filteredOn((name) -> name.endsWith(".js"))
			.containsExactlyInAnyOrderElementsOf(modules);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ctx/docs/socket-api", "/ctx/docs/socket-api.yaml", "/ctx/docs/socket-api.json",
			"/ctx/docs/socket-api.d.ts" })
	void headRequestsGetTheHeadersOfGetWithoutTheBody(String path) throws Exception {
		HttpResponse<String> get = get(path);
		HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(head.statusCode()).as(path).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Type")).as(path)
			.isEqualTo(get.headers().firstValue("Content-Type"));
		// the client reads no body for HEAD: the length the server announces tells it sent none
		assertThat(head.headers().firstValueAsLong("Content-Length")).as(path)
			.hasValue(get.body().getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void servesTheTypeScriptDeclarationsBesideTheDocument() throws Exception {
		HttpResponse<String> declarations = get("/ctx/docs/socket-api.d.ts");
		assertThat(declarations.statusCode()).isEqualTo(200);
		assertThat(declarations.headers().firstValue("Content-Type")).hasValue("application/typescript;charset=UTF-8");
		assertThat(declarations.body()).isEqualTo(this.context.getBean(AsyncApiDocumentProvider.class).getTypeScript())
			.contains("export interface ClientToServerEvents {\n  echo: (payload: string, callback: (ack: string | ErrorAck) => void) => void;\n}");
		assertThat(get("/ctx/asyncapi.d.ts").statusCode()).isEqualTo(404);
	}

	@Test
	void documentsHaveTheirContentTypes() throws Exception {
		AsyncApiDocumentProvider provider = this.context.getBean(AsyncApiDocumentProvider.class);
		HttpResponse<String> yaml = get("/ctx/docs/socket-api.yaml");
		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(yaml.headers().firstValue("Content-Type")).hasValue("application/yaml");
		assertThat(yaml.body()).isEqualTo(provider.getYaml());
		HttpResponse<String> json = get("/ctx/docs/socket-api.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(json.body()).isEqualTo(provider.getJson());
	}

	@Test
	void assetsAreRevalidatedWithTheirETag() throws Exception {
		String path = "/ctx/docs/socket-api/ui/app.js";
		HttpResponse<String> script = get(path);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String etag = script.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");

		HttpResponse<String> unchanged = get(path, "If-None-Match", etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
		assertThat(unchanged.body()).isEmpty();

		HttpResponse<String> changed = get(path, "If-None-Match", "\"0123456789abcdef0123456789abcdef\"");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(script.body());
	}

	@Test
	void missingAssetsAreNotFoundAndNotSniffed() throws Exception {
		HttpResponse<String> missing = get("/ctx/docs/socket-api/ui/missing.js");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void viewerIsNotAtTheDefaultPathNorOutsideTheContextPath() throws Exception {
		assertThat(get("/ctx/asyncapi").statusCode()).isEqualTo(404);
		assertThat(get("/docs/socket-api").statusCode()).isEqualTo(404);
		assertThat(get("/ctx/asyncapi/ui/app.js").statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ctx/docs/socket-api/ui/../../../META-INF/spring.factories",
			"/ctx/docs/socket-api/ui/%2e%2e/%2e%2e/spring.factories",
			"/ctx/docs/socket-api/ui/..%2f..%2fspring.factories",
			"/ctx/docs/socket-api/ui/..%5c..%5cspring.factories",
			"/ctx/docs/socket-api/ui/%2e%2e%2f%2e%2e%2fspring%2ffactories",
			"/ctx/docs/socket-api/ui/index.html",
			"/ctx/docs/socket-api/ui/../../../../io/github/sioasyncapi/web/AsyncApiViewerHandler.class",
			"/ctx/docs/socket-api/ui/%2e%2e/%2e%2e/%2e%2e/%2e%2e/io/github/sioasyncapi/web/AsyncApiViewerHandler.class",
			"/ctx/docs/socket-api/ui/app.js%00.class", "/ctx/docs/socket-api/ui//app.js/" })
	void nothingElseOfTheClasspathIsReachable(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isIn(400, 404);
		assertThat(response.body()).doesNotContain("AutoConfiguration", "{{assets}}");
	}

	/** The module and every module it imports, relative to the assets URL. */
	private Set<String> modules(String assets, String entry) throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		pending.add(entry);
		while (!pending.isEmpty()) {
			String name = pending.poll();
			if (!seen.add(name)) {
				continue;
			}
			HttpResponse<String> module = get(assets + "/" + name);
			assertThat(module.statusCode()).as(name).isEqualTo(200);
			assertThat(module.headers().firstValue("Content-Type")).as(name).hasValue("text/javascript;charset=UTF-8");
			Matcher imports = IMPORT.matcher(module.body());
			while (imports.find()) {
				pending.add(imports.group(1).substring(2));
			}
		}
		return seen;
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(EchoController.class)
	static class ViewerApp {

	}

	@SocketIoController
	static class EchoController {

		@OnEvent("echo")
		String echo(String text) {
			return text;
		}

	}

}
