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
import java.util.List;
import java.util.Map;

import brave.handler.MutableSpan;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.FinishedSpans;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.ConnectError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resource server as Spring Boot configures it from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (a key generated for the
 * test), with the starter and no other glue code, against the real Java Socket.IO client: it
 * refuses connections without a valid JWT, gives handlers the principal, runs them with the
 * security context so that {@code @PreAuthorize} applies, documents the scheme, and traces each
 * event with a span of its own (Brave, as Spring Boot configures it). Apart from the handlers,
 * the application has only {@code @EnableMethodSecurity} (which {@code @PreAuthorize} needs in
 * any Spring application) and, to see the spans, a {@link FinishedSpans} bean.
 */
@Tag("integrations")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1", "server.address=127.0.0.1",
				"management.tracing.sampling.probability=1.0" })
class SpringSecurityTests {

	static final Tokens TOKENS = Tokens.generate();

	@Value("${local.socketio.server.port}")
	int port;

	@Value("${local.server.port}")
	int httpPort;

	@Autowired
	FinishedSpans spans;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TOKENS::publicKeyLocation);
	}

	@Test
	void aClientWithoutATokenIsRefused() {
		assertThat(refusal(new SocketIoTestClient.Options())).isEqualTo(json("""
				[{"message": "A bearer token is required",
				  "data": {"error": {"code": "unauthorized", "message": "A bearer token is required"}}}]"""));
	}

	@Test
	void aBadTokenIsRefused() {
		assertThat(refusalMessage(withToken("not-a-jwt"))).startsWith("Invalid bearer token: ");
		assertThat(refusalMessage(withToken(TOKENS.signedByAnotherKey("ann")))).startsWith("Invalid bearer token: ");
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertThat(refusalMessage(withToken(TOKENS.expired("ann")))).startsWith("Invalid bearer token: ")
			.contains("expired");
	}

	@Test
	void aGoodTokenReachesHandlersAsPrincipalAuthenticationAndJwt() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, withToken(TOKENS.valid("ann", "chat")))) {
			JsonNode whoami = client.emitWithAck("whoami").get(0);
			assertThat(whoami.get("principal").asString()).isEqualTo("ann");
			assertThat(whoami.get("authentication").asString()).isEqualTo("ann");
			assertThat(whoami.get("subject").asString()).isEqualTo("ann");
			assertThat(whoami.get("scope").asString()).isEqualTo("chat");
			assertThat(whoami.get("context").asString()).isEqualTo("ann");
			assertThat(whoami.get("authorities").toString()).contains("\"SCOPE_chat\"");
		}
	}

	@Test
	void aClientIsDisconnectedWhenItsTokenExpires() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				withToken(TOKENS.expiringIn("ann", Duration.ofSeconds(3))))) {
			assertThat(client.emitWithAck("whoami").get(0).get("principal").asString()).isEqualTo("ann");
			await().atMost(Duration.ofSeconds(20)).until(() -> !client.isConnected());
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, withToken(TOKENS.valid("bob", "chat")))) {
			assertThat(client.emitWithAck("whoami").get(0).get("principal").asString())
				.as("a token valid for an hour is not disconnected")
				.isEqualTo("bob");
		}
	}

	@Test
	void eachEventOfAnAuthenticatedClientHasASpan() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, withToken(TOKENS.valid("ann", "chat")))) {
			client.emitWithAck("whoami");
			client.emitWithAck("kick", "\"mallory\"");
			client.emitWithAck("whoami");
			await()
				.atMost(SocketIoTestClient.TIMEOUT)
				.untilAsserted(() -> assertThat(eventSpans(client.id())).extracting(MutableSpan::name)
					.containsExactlyInAnyOrder("/ whoami", "/ kick", "/ whoami"));
			List<MutableSpan> events = eventSpans(client.id());
			MutableSpan kick = events.stream().filter((span) -> span.name().equals("/ kick")).findFirst().orElseThrow();
			assertThat(kick.tags()).containsEntry("event", "kick").containsEntry("outcome", "forbidden");
			assertThat(events).extracting(MutableSpan::traceId).doesNotHaveDuplicates();
			// @PreAuthorize ran inside the event's span
			assertThat(this.spans.named("authorize method")).filteredOn((span) -> kick.id().equals(span.parentId()))
				.hasSize(1);
		}
	}

	/** The spans of a client's events (their names start with the namespace). */
	private List<MutableSpan> eventSpans(String clientId) {
		return this.spans.all()
			.stream()
			.filter((span) -> span.name() != null && span.name().startsWith("/ ")
					&& clientId.equals(span.tag("socketio.client.id")))
			.toList();
	}

	@Test
	void theAuthorizationHeaderCarriesATokenToo() {
		SocketIoTestClient.Options options = new SocketIoTestClient.Options()
			.headers(Map.of("Authorization", List.of("Bearer " + TOKENS.valid("bob", "chat"))));
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, options)) {
			assertThat(client.emitWithAck("whoami").get(0).get("principal").asString()).isEqualTo("bob");
		}
		SocketIoTestClient.Options bad = new SocketIoTestClient.Options()
			.headers(Map.of("Authorization", List.of("Bearer " + TOKENS.expired("bob"))));
		assertThat(refusalMessage(bad)).contains("expired");
	}

	@Test
	void preAuthorizeAllowsAndDeniesWithForbidden() {
		try (SocketIoTestClient admin = SocketIoTestClient.connect(this.port, withToken(TOKENS.valid("ann", "chat admin")));
				SocketIoTestClient user = SocketIoTestClient.connect(this.port, withToken(TOKENS.valid("bob", "chat")))) {
			assertThat(admin.emitWithAck("kick", "\"mallory\"")).isEqualTo(json("[\"ann kicked mallory\"]"));
			assertThat(user.emitWithAck("kick", "\"mallory\"")).isEqualTo(json("""
					[{"error": {"code": "forbidden", "message": "Access denied"}}]"""));
			// the denial is the client's, not the server's: the connection stays
			assertThat(user.emitWithAck("whoami").get(0).get("principal").asString()).isEqualTo("bob");
		}
	}

	@Test
	void theDocumentIsSecuredAndDescribesTheBearerToken() throws Exception {
		HttpResponse<String> anonymous = get("/asyncapi.yaml", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> document = get("/asyncapi.json", TOKENS.valid("ann", "chat"));
		assertThat(document.statusCode()).isEqualTo(200);
		JsonNode doc = json(document.body());
		JsonNode scheme = doc.get("components").get("securitySchemes").get("bearerToken");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(scheme.get("x-socketio-auth-property").asString()).isEqualTo("token");
		assertThat(scheme.get("x-socketio-auth-required").asBoolean()).isTrue();
		assertThat(doc.get("servers").get("socketio").get("security"))
			.isEqualTo(json("[{\"$ref\": \"#/components/securitySchemes/bearerToken\"}]"));
		assertThat(doc.get("components").get("schemas").toString()).contains("\"forbidden\"");
		assertThat(get("/asyncapi.d.ts", TOKENS.valid("ann", "chat")).body())
			.contains("export type SocketAuth = { token: string };");
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
			.timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static SocketIoTestClient.Options withToken(String token) {
		return new SocketIoTestClient.Options().auth(Map.of("token", token));
	}

	private String refusalMessage(SocketIoTestClient.Options options) {
		ArrayNode data = refusal(options);
		assertThat(data.get(0).get("data").get("error").get("code").asString()).isEqualTo("unauthorized");
		return data.get(0).get("message").asString();
	}

	private ArrayNode refusal(SocketIoTestClient.Options options) {
		try (SocketIoTestClient client = SocketIoTestClient.open(this.port, options)) {
			Object outcome = client.awaitConnection();
			assertThat(outcome).isInstanceOf(ConnectError.class);
			return ((ConnectError) outcome).data();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(ChatController.class)
	static class App {

		@Bean
		FinishedSpans spans() {
			return new FinishedSpans();
		}

	}

	@SocketIoController
	static class ChatController {

		@OnEvent("whoami")
		Map<String, Object> whoami(Principal principal, Authentication authentication, @AuthenticationPrincipal Jwt jwt,
				@AuthenticationPrincipal(expression = "claims['scope']") String scope) {
			return Map.of("principal", principal.getName(), "authentication", authentication.getName(), "subject",
					jwt.getSubject(), "scope", scope, "context",
					SecurityContextHolder.getContext().getAuthentication().getName(), "authorities",
					authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		}

		@OnEvent("kick")
		@PreAuthorize("hasAuthority('SCOPE_admin')")
		String kick(String user, Principal principal) {
			return principal.getName() + " kicked " + user;
		}

	}

}
