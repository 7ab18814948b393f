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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.asyncapi.model.Contact;
import io.github.sioasyncapi.asyncapi.model.License;
import io.github.sioasyncapi.asyncapi.model.Message;
import io.github.sioasyncapi.asyncapi.model.MessageExample;
import io.github.sioasyncapi.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer never runs document text: the demo's document, with script and markup injected
 * into every text an application controls (titles, summaries, descriptions, names, examples,
 * links, schema descriptions), and an error ack that echoes hostile input, stays inert text in a
 * real browser. It is served under a context path and a changed
 * {@code socketio.asyncapi.path}, so this also proves the page finds its modules and document
 * there.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "socketio.server.host=127.0.0.1", "socketio.server.port=0",
				"server.servlet.context-path=/ctx", "socketio.asyncapi.path=/docs/socket-api" })
@Import(HostileDocumentBrowserTests.HostileText.class)
class HostileDocumentBrowserTests {

	/** Counts every script that runs; the page must leave it undefined. */
	static final String RUN = "window.__xss=(window.__xss||0)+1;alert('xss')";

	static final String SCRIPT = "<script>" + RUN + "</script>";

	static final String IMG = "<img src=x onerror=\"" + RUN + "\">";

	static final String SVG = "\"><svg onload=\"" + RUN + "\">";

	/** An image from another host: loading it would leave the machine. */
	static final String REMOTE = "<img src=\"http://evil.example/pixel.png\">";

	static final String MARKDOWN = "Intro " + IMG + " and " + SCRIPT + "\n\n[click](javascript:" + RUN
			+ ") [data](data:text/html,<script>" + RUN + "</script>) ![pixel](http://evil.example/pixel.png)\n\n- "
			+ REMOTE + "\n- `" + SCRIPT + "`\n\n```\n" + SCRIPT + "\n```\n\n<iframe src=\"javascript:" + RUN
			+ "\"></iframe>";

	private static Browser browser;

	@Value("${local.server.port}")
	int webPort;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = Browser.start(1280, 900);
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
	void hostileDocumentTextStaysText() {
		browser.openViewer(viewerUrl());
		// the hostile text did reach the page, as text
		assertThat(browser.find("h1.title").getText()).isEqualTo("Tic-Tac-Toe " + SCRIPT);
		assertThat(browser.driver().getTitle()).startsWith("Tic-Tac-Toe <script>");
		assertThat(browser.find("#info").getText()).contains("Intro <img src=x onerror=", "<script>", "<iframe src=",
				"click", "Eve " + IMG, "MIT " + SCRIPT);
		assertThat(browser.find("article.op[id='make_move']").getText()).contains("Play " + IMG, "Make " + SCRIPT);
		assertThat(browser.findAll("article.op .op-name")).extracting(WebElement::getText)
			.contains("player_joined" + SVG);
		expandEverySchema();
		WebElement makeMove = browser.find("article.op[id='make_move']");
		assertThat(makeMove.getText()).contains("The game id " + SCRIPT, "Schema " + SCRIPT);
		assertThat(makeMove.findElements(By.cssSelector(".schema-values.examples .schema-value")))
			.extracting(WebElement::getText)
			.anyMatch((example) -> example.startsWith("\"<img src=x onerror="));
		assertInert();

		browser.find("#filter").sendKeys("<img src=x onerror=alert(1)> matches no event");
		assertThat(browser.find(".no-match").isDisplayed()).isTrue();
		// a hostile deep link, opened afresh
		browser.driver().get(viewerUrl() + "#%22%3E%3Cimg%20src%3Dx%20onerror%3D" + "alert(1)%3E");
		browser.driver().navigate().refresh();
		browser.await("the viewer renders the document again",
				() -> !browser.findAll("#app[aria-busy=false]").isEmpty());
		assertThat(browser.find("#filter").getAttribute("value")).isEmpty();
		browser.find("a.nav-event[href^='#player_joined']").click();
		assertInert();
		browser.assertQuietAndLocal();
	}

	@Test
	void hostileInputEchoedInAnErrorAckStaysText() {
		browser.openViewer(viewerUrl());
		browser.find(".connect-form button[type=submit]").click();
		browser.await("the playground is connected",
				() -> "connected".equals(browser.find(".namespace-states .state").getText()));
		WebElement editor = browser.find("article.op[id='make_move'] .tryit textarea");
		editor.clear();
		editor.sendKeys("{\"game_id\": \"" + IMG.replace("\"", "\\\"") + "\", \"x\": 1, \"y\": 1}");
		browser.find("article.op[id='make_move'] .tryit-actions button.primary").click();
		browser.await("the error ack", () -> !browser.findAll("article.op[id='make_move'] .ack.error").isEmpty());
		WebElement ack = browser.find("article.op[id='make_move'] .ack.error");
		assertThat(ack.findElement(By.cssSelector(".ack-code")).getText()).isEqualTo("invalid_payload");
		assertThat(ack.findElement(By.cssSelector(".violations")).getText())
			.isEqualTo("game_id must be an integer (rejected: \"" + IMG.replace("\"", "\\\"") + "\")");
		assertThat(browser.find(".log-ack-error").getText()).contains("<img src=x onerror=");
		assertInert();
		browser.assertQuietAndLocal();
	}

	private String viewerUrl() {
		return "http://127.0.0.1:" + this.webPort + "/ctx/docs/socket-api";
	}

	/** No script ran, no dialog opened, and the document added no active element or link. */
	private static void assertInert() {
		browser.assertNoDialog();
		assertThat(browser.script("return typeof window.__xss;")).isEqualTo("undefined");
		assertThat(browser.script("""
				return document.querySelectorAll('#app script, #app img, #app iframe, #app svg, #app object, '
				  + '#app embed, #app form:not(.connect-form), #app base, #app meta, #app link').length;"""))
			.isEqualTo(0L);
		assertThat(browser.script("""
				return [...document.querySelectorAll('*')]
				  .flatMap((element) => [...element.attributes].map((attribute) => attribute.name))
				  .filter((name) => name.startsWith('on'));"""))
			.asList()
			.isEmpty();
		assertThat(browser.script("""
				return [...document.querySelectorAll('#app a[href]')].map((link) => link.getAttribute('href'))
				  .filter((href) => !/^(#|https?:|mailto:)/i.test(href.trim()));"""))
			.asList()
			.isEmpty();
	}

	private static void expandEverySchema() {
		browser.expandAll("details");
	}

	/** Puts hostile text into every text of the document an application controls. */
	@TestConfiguration(proxyBeanMethods = false)
	static class HostileText {

		@Bean
		AsyncApiCustomizer hostileText() {
			return (document) -> {
				document.getInfo().setTitle("Tic-Tac-Toe " + SCRIPT);
				document.getInfo().setVersion("1.0.0" + SVG);
				document.getInfo().setDescription(MARKDOWN);
				Contact contact = new Contact();
				contact.setName("Eve " + IMG);
				contact.setUrl("javascript:" + RUN);
				contact.setEmail("eve@example.com" + SVG);
				document.getInfo().setContact(contact);
				License license = new License();
				license.setName("MIT " + SCRIPT);
				license.setUrl("javascript:" + RUN);
				document.getInfo().setLicense(license);
				document.getServers().values().forEach((server) -> server.setDescription(MARKDOWN));
				document.getChannels().values().forEach((channel) -> {
					channel.setTitle("Root " + SCRIPT);
					channel.setDescription(MARKDOWN);
				});
				document.getOperations().values().forEach((operation) -> {
					operation.setSummary("Play " + IMG);
					operation.setDescription(MARKDOWN);
				});
				for (Message message : document.getComponents().getMessages().values()) {
					message.setTitle("Make " + SCRIPT);
					message.setSummary(IMG);
					message.setDescription(MARKDOWN);
					List<MessageExample> examples = new ArrayList<>(message.getExamples());
					MessageExample example = new MessageExample(
							JsonNodeFactory.instance.objectNode().put("html", SCRIPT).put("img", IMG));
					example.setName(SCRIPT);
					examples.add(example);
					message.setExamples(examples);
				}
				document.getComponents().getMessages().get("player_joined").setName("player_joined" + SVG);
				document.getComponents().getSchemas().values().forEach(HostileText::schema);
			};
		}

		private static void schema(JsonNode schema) {
			if (schema instanceof ObjectNode object) {
				object.put("title", "Schema " + SCRIPT);
				object.put("description", IMG);
				object.path("properties").values().forEach((property) -> {
					if (property instanceof ObjectNode field && !field.has("$ref")) {
						field.put("description", "The game id " + SCRIPT);
						field.putArray("examples").add(IMG);
						field.put("pattern", "^" + SCRIPT + "$");
						field.put("format", SVG);
					}
				});
			}
		}

	}

}
