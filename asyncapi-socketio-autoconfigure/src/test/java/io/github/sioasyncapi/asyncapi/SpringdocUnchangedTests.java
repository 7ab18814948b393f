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

package io.github.sioasyncapi.asyncapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.asyncapi.golden.SnakeCaseApp;
import io.github.sioasyncapi.asyncapi.golden.clash.b.Player;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's OpenAPI document of an application is the same whether our AsyncAPI document is
 * generated or not, for the same model classes, after ours is built: the private swagger-core
 * instance leaves springdoc's converters, mappers and names alone.
 */
class SpringdocUnchangedTests {

	@Test
	void openApiDocumentIsUnchanged() throws Exception {
		JsonNode without = openApi("--socketio.enabled=false");
		JsonNode with = openApi("--socketio.server.port=0", "--socketio.server.host=127.0.0.1");
		assertThat(without.path("components").path("schemas").propertyNames()).contains("MakeMove", "UpdateProfile",
				"Shape", "Player");
		assertThat(with).isEqualTo(without);
	}

	private static JsonNode openApi(String... args) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RestAndSocketIoApp.class)
			.properties("server.port=0", "server.address=127.0.0.1",
					"spring.jackson.property-naming-strategy=SNAKE_CASE")
			.run(args)) {
			boolean socketIo = context.getBeanNamesForType(AsyncApiDocumentProvider.class).length > 0;
			assertThat(socketIo).isEqualTo(!List.of(args).contains("--socketio.enabled=false"));
			if (socketIo) {
				String asyncApi = context.getBean(AsyncApiDocumentProvider.class).getJson();
				assertThat(asyncApi).contains("display_name", "APlayer", "BPlayer");
			}
			int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			ObjectNode document = (ObjectNode) JsonMapper.builder().build().readTree(response.body());
			// the generated server URL has the random port
			document.remove("servers");
			return document;
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ GameRestController.class, GameSocketController.class })
	static class RestAndSocketIoApp {

	}

	@RestController
	static class GameRestController {

		@PostMapping("/moves")
		SimpleApp.MoveAck move(@RequestBody SimpleApp.MakeMove move) {
			return new SimpleApp.MoveAck(true, 1);
		}

		@PostMapping("/profiles")
		SnakeCaseApp.ProfileUpdated profile(@RequestBody SnakeCaseApp.UpdateProfile profile) {
			return new SnakeCaseApp.ProfileUpdated(profile.displayName(), profile.ageInYears(), false);
		}

		@PostMapping("/shapes")
		PolymorphicApp.Area area(@RequestBody PolymorphicApp.Shape shape) {
			return new PolymorphicApp.Area(1);
		}

		@PostMapping("/players")
		Player player(@RequestBody Player player) {
			return player;
		}

	}

	@SocketIoController
	static class GameSocketController {

		@OnEvent("make_move")
		SimpleApp.MoveAck move(SimpleApp.MakeMove move) {
			return new SimpleApp.MoveAck(true, 1);
		}

		@OnEvent("update_profile")
		SnakeCaseApp.ProfileUpdated profile(SnakeCaseApp.UpdateProfile profile) {
			return new SnakeCaseApp.ProfileUpdated(profile.displayName(), profile.ageInYears(), false);
		}

		@OnEvent("area")
		PolymorphicApp.Area area(PolymorphicApp.Shape shape) {
			return new PolymorphicApp.Area(1);
		}

		@OnEvent("join_lobby")
		io.github.sioasyncapi.asyncapi.golden.clash.a.Player lobby(io.github.sioasyncapi.asyncapi.golden.clash.a.Player player) {
			return player;
		}

		@OnEvent("join_game")
		Player game(Player player) {
			return player;
		}

	}

}
