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

package io.github.sioasyncapi.demo.tictactoe.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer of the demo in a real headless Chromium, against the running demo: a real
 * Socket.IO server and a real web server, both on random loopback ports.
 * <p>
 * {@link #playsAGameFromThePlayground()} saves a screenshot to {@code target/viewer.png}; with
 * {@code -Dviewer.screenshot.update=true} it also replaces the README's {@code docs/viewer.png}.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "socketio.server.host=127.0.0.1", "socketio.server.port=0" })
class ViewerBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Browser browser;

	@Value("${local.server.port}")
	int webPort;

	@Value("${local.socketio.server.port}")
	int socketIoPort;

	@Autowired
	AsyncApiDocumentProvider provider;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = Browser.start(1440, 960);
		}
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@Test
	void rendersEveryEventAndEveryPayloadField() {
		JsonNode document = JSON.readTree(this.provider.getJson());
		browser.openViewer(viewerUrl());
		assertThat(browser.find("h1.title").getText()).isEqualTo("Tic-Tac-Toe API");
		expandEverySchema();

		JsonNode operations = document.path("operations");
		assertThat(browser.findAll("article.op")).hasSize(operations.size());
		Set<String> events = new LinkedHashSet<>();
		for (JsonNode operation : operations.values()) {
			JsonNode message = resolve(document, operation.path("messages").get(0));
			String event = message.path("name").asString();
			events.add(event);
			WebElement card = browser.find("article.op[id='" + event + "']");
			assertThat(card.getAttribute("class")).contains(operation.path("action").asString());
			assertThat(card.findElement(org.openqa.selenium.By.cssSelector(".op-name")).getText()).isEqualTo(event);
			Set<String> fields = fields(document, message.path("payload"));
			for (JsonNode reply : operation.path("reply").path("messages").values()) {
				JsonNode replyMessage = resolve(document, reply);
				if (!replyMessage.path("name").asString().equals("error_ack")) {
					fields.addAll(fields(document, replyMessage.path("payload")));
				}
			}
			assertThat(schemaNames(card)).as("fields shown for %s", event).containsAll(fields);
			assertThat(browser.findAll(".sidebar li[data-anchor='" + event + "']")).as("navigation to %s", event)
				.hasSize(1);
		}
		assertThat(events).containsExactlyInAnyOrder("create_game", "join_game", "make_move", "game_created",
				"game_drawn", "game_won", "move_made", "player_joined");
		Set<String> errorFields = fields(document,
				document.path("components").path("messages").path("error_ack").path("payload"));
		assertThat(errorFields).contains("error", "code", "violations", "path", "rejectedValue");
		assertThat(schemaNames(browser.find("#error-ack"))).containsAll(errorFields);
		browser.assertQuietAndLocal();
	}

	@Test
	void offersTheDocumentAsYamlAndJsonAndItsTypeScriptDeclarations() {
		browser.openViewer(viewerUrl());
		List<WebElement> links = browser.findAll(".topbar .raw-links a");
		assertThat(links).extracting(WebElement::getText).containsExactly("YAML", "JSON", ".d.ts");
		assertThat(links).extracting((link) -> link.getDomAttribute("href"))
			.containsExactly("/asyncapi.yaml", "/asyncapi.json", "/asyncapi.d.ts");
		assertThat(links.get(2).getDomAttribute("download")).isNotNull();
		List<String> bodies = List.of(this.provider.getYaml(), this.provider.getJson(), this.provider.getTypeScript());
		List<String> types = List.of("application/yaml", "application/json", "application/typescript;charset=UTF-8");
		for (int i = 0; i < links.size(); i++) {
			// what the link leads to, fetched by the page itself
			@SuppressWarnings("unchecked")
			List<Object> response = (List<Object>) browser.asyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then((r) => r.text().then((text) => done([r.status, r.headers.get('content-type'), text])));
					""", links.get(i).getDomAttribute("href"));
			assertThat(response).containsExactly(200L, types.get(i), bodies.get(i));
		}
		browser.assertQuietAndLocal();
	}

	@Test
	void playsAGameFromThePlayground() throws IOException {
		browser.openViewer(viewerUrl());
		WebElement url = browser.find(".console .server-input");
		// the page's own host name, with the port and path of the document's server, which is the
		// port the server listens on: the demo configures none
		assertThat(JSON.readTree(this.provider.getJson()).at("/servers/TIC_TAC_TOE_BACKEND/host").asString())
			.isEqualTo("127.0.0.1:" + this.socketIoPort);
		assertThat(url.getAttribute("value")).isEqualTo("http://127.0.0.1:" + this.socketIoPort + "/socket.io");
		browser.find(".connect-form button[type=submit]").click();
		browser.await("the playground is connected",
				() -> "connected".equals(browser.find(".console-head .state").getText())
						&& "connected".equals(browser.find(".namespace-states .state").getText()));

		send("create_game", null);
		browser.await("game_created is logged", () -> !browser.findAll(".log-in a.log-event").isEmpty());
		WebElement created = browser.findAll(".log-in").get(0);
		assertThat(created.findElement(org.openqa.selenium.By.cssSelector(".log-event")).getText())
			.isEqualTo("game_created");
		long game = JSON.readTree(created.findElement(org.openqa.selenium.By.cssSelector(".log-data")).getText())
			.path("game_id")
			.asLong();
		assertThat(game).isPositive();
		assertThat(result("create_game").getAttribute("class")).contains("ok");

		send("make_move", "{\"game_id\": " + game + ", \"x\": 1, \"y\": 1}");
		assertThat(result("make_move").getAttribute("class")).contains("ok");
		browser.await("move_made is logged", () -> logged("move_made"));

		send("make_move", "{\"game_id\": " + game + ", \"x\": 1, \"y\": 1}");
		assertThat(result("make_move").getAttribute("class")).contains("error");
		assertThat(result("make_move").findElement(org.openqa.selenium.By.cssSelector(".ack-code")).getText())
			.isEqualTo("cell_occupied");

		send("make_move", "{\"game_id\": " + game + ", \"x\": 3, \"y\": 0}");
		WebElement ack = result("make_move");
		assertThat(ack.getAttribute("class")).contains("error");
		assertThat(ack.findElement(org.openqa.selenium.By.cssSelector(".ack-code")).getText())
			.isEqualTo("invalid_payload");
		assertThat(ack.findElement(org.openqa.selenium.By.cssSelector(".violations")).getText())
			.isEqualTo("x must be less than or equal to 2 (rejected: 3)");
		assertThat(browser.findAll(".log-ack-error")).hasSize(2);
		browser.assertQuietAndLocal();

		browser.script("document.querySelector('#make_move .tryit').scrollIntoView({block: 'center'});");
		Path screenshot = Path.of("target", "viewer.png");
		browser.screenshot(screenshot);
		BufferedImage image = ImageIO.read(screenshot.toFile());
		assertThat(image.getWidth()).isEqualTo(1440);
		assertThat(image.getHeight()).isEqualTo(960);
		if (Boolean.getBoolean("viewer.screenshot.update")) {
			Files.copy(screenshot, Path.of("..", "docs", "viewer.png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private String viewerUrl() {
		return "http://127.0.0.1:" + this.webPort + "/asyncapi";
	}

	/** Sends an event from its card (with the payload typed into its editor) and waits for the ack. */
	private void send(String event, String payload) {
		String card = "article.op[id='" + event + "'] ";
		if (payload != null) {
			WebElement editor = browser.find(card + ".tryit textarea");
			editor.clear();
			editor.sendKeys(payload);
		}
		int acks = browser.findAll(".log-ack, .log-ack-error").size();
		browser.find(card + ".tryit-actions button.primary").click();
		browser.await("the ack of " + event, () -> browser.findAll(".log-ack, .log-ack-error").size() == acks + 1);
	}

	private static WebElement result(String event) {
		return browser.find("article.op[id='" + event + "'] .tryit-result .ack");
	}

	private static boolean logged(String event) {
		return browser.findAll(".log-in .log-event").stream().anyMatch((name) -> name.getText().equals(event));
	}

	/** Opens every schema tree node; children are built when a node opens. */
	private static void expandEverySchema() {
		assertThat(browser.expandAll("details.schema-node")).as("rounds of expanding").isLessThan(20);
	}

	private static Set<String> schemaNames(WebElement element) {
		Set<String> names = new HashSet<>();
		for (WebElement name : element.findElements(org.openqa.selenium.By.cssSelector(".schema-name"))) {
			names.add(name.getText().trim());
		}
		return names;
	}

	/** The names of every property reachable from a schema. */
	private static Set<String> fields(JsonNode document, JsonNode schema) {
		Set<String> fields = new LinkedHashSet<>();
		collect(document, schema, fields, new HashSet<>());
		return fields;
	}

	private static void collect(JsonNode document, JsonNode schema, Set<String> fields, Set<String> seen) {
		if (schema.has("$ref") && !seen.add(schema.path("$ref").asString())) {
			return;
		}
		JsonNode resolved = resolve(document, schema);
		resolved.path("properties").properties().forEach((property) -> {
			fields.add(property.getKey());
			collect(document, property.getValue(), fields, seen);
		});
		for (String key : List.of("items", "additionalProperties")) {
			if (resolved.path(key).isObject()) {
				collect(document, resolved.path(key), fields, seen);
			}
		}
		for (String key : List.of("prefixItems", "oneOf", "anyOf", "allOf")) {
			resolved.path(key).values().forEach((each) -> collect(document, each, fields, seen));
		}
	}

	/** Follows {@code $ref}s within the document. */
	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			current = document.at(current.path("$ref").asString().substring(1));
		}
		return current;
	}

}
