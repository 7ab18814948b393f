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

package io.github.sioasyncapi.security;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer of a resource server (Spring Boot's chain from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, a key generated for the
 * test, the document and viewer opened by {@code socketio.asyncapi.permit-all=true}) in Debian's
 * headless Chromium: the servers show the bearer token scheme, the playground's connect without a
 * token is refused with the {@code unauthorized} code shown, and with a token pasted into its
 * Bearer token field it connects and its events reach a handler as the token's principal.
 */
@Tag("integrations")
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1", "server.address=127.0.0.1",
				"socketio.asyncapi.permit-all=true" })
class ViewerSecurityBrowserTests {

	static final Tokens TOKENS = Tokens.generate();

	private static Browser browser;

	@Value("${local.server.port}")
	int webPort;

	@Autowired
	WhoAmIController controller;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TOKENS::publicKeyLocation);
	}

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
	void theServersShowTheBearerTokenScheme() {
		browser.openViewer(viewerUrl());
		List<WebElement> schemes = browser.findAll(".server .server-security .security-scheme");
		assertThat(schemes).hasSize(1);
		assertThat(schemes.get(0).findElement(By.cssSelector(".badge.security")).getText())
			.isEqualTo("http · bearer · JWT");
		assertThat(schemes.get(0).getText()).contains("token");
		assertThat(browser.find(".console .token-field").getText()).contains("Bearer token")
			.contains("sent as auth.token with every connect");
		assertThat(browser.find(".console .token-input").getDomAttribute("type")).isEqualTo("password");
		browser.assertQuietAndLocal();
	}

	@Test
	void thePlaygroundIsRefusedWithoutATokenAndConnectsWithAPastedOne() {
		browser.openViewer(viewerUrl());
		WebElement namespaceState = browser.find(".namespace-states .state");

		browser.find(".connect-form button[type=submit]").click();
		browser.await("the connect is refused", () -> namespaceState.getText().startsWith("refused"));
		assertThat(namespaceState.getText()).isEqualTo("refused (unauthorized): A bearer token is required");
		WebElement refusal = browser.findAll(".log-error").get(0);
		assertThat(refusal.findElement(By.cssSelector(".log-note")).getText())
			.isEqualTo("connection refused (unauthorized): A bearer token is required");
		assertThat(refusal.findElement(By.cssSelector(".log-data")).getText()).contains("\"code\":\"unauthorized\"");
		assertThat(this.controller.principals).isEmpty();

		browser.find(".console .token-input").sendKeys(TOKENS.valid("ann", "chat"));
		browser.find(".namespace-bar button").click();
		browser.await("the playground is connected", () -> "connected".equals(namespaceState.getText()));

		browser.find("article.op[id='whoami'] .tryit-actions button.primary").click();
		browser.await("the ack of whoami", () -> !browser.findAll(".log-ack").isEmpty());
		WebElement ack = browser.find("article.op[id='whoami'] .tryit-result .ack");
		assertThat(ack.getAttribute("class")).contains("ok");
		assertThat(ack.findElement(By.cssSelector("pre.json")).getText()).isEqualTo("\"ann\"");
		assertThat(this.controller.principals).containsExactly("ann");
		browser.assertQuietAndLocal();
	}

	private String viewerUrl() {
		return "http://127.0.0.1:" + this.webPort + "/asyncapi";
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		WhoAmIController whoAmIController() {
			return new WhoAmIController();
		}

	}

	@SocketIoController
	static class WhoAmIController {

		final List<String> principals = new CopyOnWriteArrayList<>();

		@OnEvent("whoami")
		String whoami(Principal principal, @AuthenticationPrincipal Jwt jwt) {
			this.principals.add(principal.getName());
			return jwt.getSubject();
		}

	}

}
