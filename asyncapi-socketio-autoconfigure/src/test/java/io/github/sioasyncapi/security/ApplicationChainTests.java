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
import java.time.Duration;
import java.util.List;

import io.github.sioasyncapi.web.AsyncApiPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chains of docs/security.md that permit the document and the viewer with
 * {@link AsyncApiPaths#patterns}, as written there, in a Spring MVC and a WebFlux resource
 * server: the document and the viewer are open, the rest is secured.
 */
@Tag("integrations")
class ApplicationChainTests {

	static final Tokens TOKENS = Tokens.generate();

	@Test
	void theSpringMvcChainOfTheDocsPermitsTheDocumentAndTheViewer() throws Exception {
		assertPermitsOnlyTheDocumentAndTheViewer("servlet", WebSecurityConfiguration.class);
	}

	@Test
	void theWebFluxChainOfTheDocsPermitsTheDocumentAndTheViewer() throws Exception {
		assertPermitsOnlyTheDocumentAndTheViewer("reactive", WebFluxSecurityConfiguration.class);
	}

	private static void assertPermitsOnlyTheDocumentAndTheViewer(String type, Class<?> chain) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class, chain)
			.properties("spring.main.web-application-type=" + type, "server.port=0", "server.address=127.0.0.1",
					"socketio.server.port=0", "socketio.server.host=127.0.0.1",
					"spring.security.oauth2.resourceserver.jwt.public-key-location=" + TOKENS.publicKeyLocation())
			.run()) {
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			for (String path : List.of("/asyncapi", "/asyncapi.yaml", "/asyncapi.json", "/asyncapi.d.ts",
					"/asyncapi/ui/app.js")) {
				assertThat(get(port, path)).as(path).isEqualTo(200);
			}
			assertThat(get(port, "/anything-else")).isEqualTo(401);
		}
	}

	private static int get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

	// as in docs/security.md

	@Configuration
	static class WebSecurityConfiguration {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http
				.authorizeHttpRequests((requests) -> requests
					.requestMatchers(AsyncApiPaths.patterns("/asyncapi").toArray(String[]::new)).permitAll()
					.anyRequest().authenticated())
				.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
				.build();
		}

	}

	@Configuration
	static class WebFluxSecurityConfiguration {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http
				.authorizeExchange((exchanges) -> exchanges
					.pathMatchers(AsyncApiPaths.patterns("/asyncapi").toArray(String[]::new)).permitAll()
					.anyExchange().authenticated())
				.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
				.build();
		}

	}

}
