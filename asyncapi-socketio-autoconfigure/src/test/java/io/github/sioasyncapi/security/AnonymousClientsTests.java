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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.ConnectError;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code socketio.security.anonymous=true} lets clients without a token connect (a bad token is
 * still refused), and {@code socketio.asyncapi.permit-all=true} opens the document and the
 * viewer while Spring Boot's chain keeps securing everything else;
 * {@code socketio.security.disconnect-on-expiry=false} keeps clients connected after their
 * token expired.
 */
@Tag("integrations")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1", "server.address=127.0.0.1",
				"socketio.security.anonymous=true", "socketio.asyncapi.permit-all=true",
				"socketio.security.disconnect-on-expiry=false" })
class AnonymousClientsTests {

	static final Tokens TOKENS = Tokens.generate();

	@Value("${local.socketio.server.port}")
	int port;

	@Value("${local.server.port}")
	int httpPort;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TOKENS::publicKeyLocation);
	}

	@Test
	void clientsWithoutATokenConnectAsAnonymous() {
		try (SocketIoTestClient anonymous = SocketIoTestClient.connect(this.port);
				SocketIoTestClient ann = SocketIoTestClient.connect(this.port,
						new SocketIoTestClient.Options().auth(Map.of("token", TOKENS.valid("ann", "chat"))))) {
			assertThat(anonymous.emitWithAck("whoami")).isEqualTo(json("[\"nobody\"]"));
			assertThat(anonymous.emitWithAck("post")).isEqualTo(json("""
					[{"error": {"code": "forbidden", "message": "Access denied"}}]"""));
			assertThat(ann.emitWithAck("whoami")).isEqualTo(json("[\"ann\"]"));
			assertThat(ann.emitWithAck("post")).isEqualTo(json("[\"posted by ann\"]"));
		}
		try (SocketIoTestClient bad = SocketIoTestClient.open(this.port,
				new SocketIoTestClient.Options().auth(Map.of("token", TOKENS.expired("ann"))))) {
			assertThat(bad.awaitConnection()).isInstanceOf(ConnectError.class);
		}
	}

	@Test
	void withoutDisconnectOnExpiryAClientStaysConnectedAfterItsTokenExpired() throws InterruptedException {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port, new SocketIoTestClient.Options()
			.auth(Map.of("token", TOKENS.expiringIn("ann", Duration.ofSeconds(2)))))) {
			Thread.sleep(3500);
			assertThat(ann.isConnected()).isTrue();
			assertThat(ann.emitWithAck("whoami")).isEqualTo(json("[\"ann\"]"));
		}
	}

	@Test
	void theDocumentAndViewerArePermittedAndTheRestStaysSecured() throws Exception {
		for (String path : new String[] { "/asyncapi", "/asyncapi.yaml", "/asyncapi.json", "/asyncapi.d.ts",
				"/asyncapi/ui/app.js" }) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(get("/anything-else").statusCode()).isEqualTo(401);
	}

	@Test
	void theDocumentAndTheDeclarationsSayTheTokenMayBeLeftOut() throws Exception {
		assertThat(get("/asyncapi.yaml").body()).contains("x-socketio-auth-required: false");
		assertThat(get("/asyncapi.d.ts").body()).contains("export type SocketAuth = { token?: string };",
				"a client without one connects as an anonymous user");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(BoardController.class)
	static class App {

	}

	@SocketIoController
	static class BoardController {

		@OnEvent("whoami")
		String whoami(@Nullable Principal principal) {
			return (principal != null) ? principal.getName() : "nobody";
		}

		@OnEvent("post")
		@PreAuthorize("isAuthenticated()")
		String post(Principal principal) {
			return "posted by " + principal.getName();
		}

	}

}
