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

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.ConnectError;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux resource server on Reactor Netty as Spring Boot configures it from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (a key generated for the
 * test; Spring Boot's reactive chain and its {@link ReactiveJwtDecoder}): the document and the
 * viewer answer {@code 401} like everything else, unless {@code socketio.asyncapi.permit-all=true}
 * opens them; Socket.IO clients are authenticated with the decoder Spring Boot creates, or with
 * a {@link ReactiveJwtDecoder} the application defines itself.
 */
@Tag("integrations")
class WebFluxResourceServerTests {

	static final Tokens TOKENS = Tokens.generate();

	static final List<String> DOCUMENT_PATHS = List.of("/asyncapi", "/asyncapi.yaml", "/asyncapi.json",
			"/asyncapi.d.ts", "/asyncapi/ui/app.js");

	@Test
	void permitAllOpensTheDocumentAndTheViewerAndTheRestStaysSecured() throws Exception {
		try (ConfigurableApplicationContext context = run("socketio.asyncapi.permit-all=true")) {
			for (String path : DOCUMENT_PATHS) {
				assertThat(get(context, path, null).statusCode()).as(path).isEqualTo(200);
			}
			assertThat(get(context, "/asyncapi.yaml", null).body()).contains("bearerToken");
			assertThat(get(context, "/anything-else", null).statusCode()).isEqualTo(401);
		}
	}

	@Test
	void withoutPermitAllTheDocumentAndTheViewerNeedAToken() throws Exception {
		try (ConfigurableApplicationContext context = run()) {
			for (String path : DOCUMENT_PATHS) {
				assertThat(get(context, path, null).statusCode()).as(path).isEqualTo(401);
			}
			String token = TOKENS.valid("ann", "chat");
			for (String path : DOCUMENT_PATHS) {
				assertThat(get(context, path, token).statusCode()).as(path + " with a token").isEqualTo(200);
			}
		}
	}

	@Test
	void socketIoClientsAreAuthenticatedWithSpringBootsDecoder() {
		try (ConfigurableApplicationContext context = run()) {
			assertAuthenticatesSocketIoClients(context);
		}
	}

	@Test
	void socketIoClientsAreAuthenticatedWithTheApplicationsReactiveJwtDecoder() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class,
				ReactiveJwtDecoderConfiguration.class)
			.properties("spring.main.web-application-type=reactive", "server.port=0", "server.address=127.0.0.1",
					"socketio.server.port=0", "socketio.server.host=127.0.0.1")
			.run()) {
			assertThat(context.getBeanNamesForType(JwtDecoder.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ReactiveJwtDecoder.class)).containsExactly("reactiveJwtDecoder");
			assertAuthenticatesSocketIoClients(context);
			assertThat(context.getBean(AsyncApiDocumentProvider.class).getYaml()).contains("bearerFormat: JWT");
		}
	}

	private static void assertAuthenticatesSocketIoClients(ConfigurableApplicationContext context) {
		int port = context.getEnvironment().getRequiredProperty("local.socketio.server.port", Integer.class);
		try (SocketIoTestClient ann = SocketIoTestClient.connect(port,
				new SocketIoTestClient.Options().auth(Map.of("token", TOKENS.valid("ann", "chat"))))) {
			assertThat(ann.emitWithAck("whoami")).isEqualTo(json("[\"ann\"]"));
		}
		assertThat(refusalMessage(port, new SocketIoTestClient.Options())).isEqualTo("A bearer token is required");
		assertThat(refusalMessage(port, new SocketIoTestClient.Options().auth(Map.of("token", TOKENS.expired("ann")))))
			.startsWith("Invalid bearer token: ")
			.contains("expired");
	}

	private static ConfigurableApplicationContext run(String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.properties("spring.main.web-application-type=reactive", "server.port=0", "server.address=127.0.0.1",
					"socketio.server.port=0", "socketio.server.host=127.0.0.1",
					"spring.security.oauth2.resourceserver.jwt.public-key-location=" + TOKENS.publicKeyLocation())
			.properties(properties)
			.run();
		assertThat(((ReactiveWebServerApplicationContext) context).getWebServer()).isInstanceOf(NettyWebServer.class);
		return context;
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, @Nullable String token)
			throws Exception {
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String refusalMessage(int port, SocketIoTestClient.Options options) {
		try (SocketIoTestClient client = SocketIoTestClient.open(port, options)) {
			Object outcome = client.awaitConnection();
			assertThat(outcome).isInstanceOf(ConnectError.class);
			ArrayNode data = ((ConnectError) outcome).data();
			assertThat(data.get(0).get("data").get("error").get("code").asString()).isEqualTo("unauthorized");
			return data.get(0).get("message").asString();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WhoAmIController.class)
	static class App {

	}

	/** A decoder the application builds itself, without Spring Boot's properties. */
	@Configuration(proxyBeanMethods = false)
	static class ReactiveJwtDecoderConfiguration {

		@Bean
		ReactiveJwtDecoder reactiveJwtDecoder() {
			return NimbusReactiveJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
		}

	}

	@SocketIoController
	static class WhoAmIController {

		@OnEvent("whoami")
		String whoami(Principal principal) {
			return principal.getName();
		}

	}

}
