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

package io.github.sioasyncapi.validation;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's {@code spring.jackson.*} settings apply in both directions, and violation
 * paths use the wire names.
 */
@SpringBootTest(properties = { "socketio.server.port=0", "spring.jackson.property-naming-strategy=SNAKE_CASE" })
class SnakeCaseTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void payloadsAcksAndEmitsUseSnakeCase() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("join_game", "{\"game_id\": 42, \"player_name\": \"ann\"}"))
				.isEqualTo(json("[{\"game_id\": 42, \"player_name\": \"ann\"}]"));
			assertThat(client.awaitEvent("player_joined")).isEqualTo(json("[{\"game_id\": 42, \"player_name\": \"ann\"}]"));
		}
	}

	@Test
	void violationPathsUseWireNames() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("join_game", "{\"game_id\": 0, \"player_name\": \"ann\"}").get(0).get("error"))
				.isEqualTo(json("""
						{"code": "invalid_payload", "message": "join_game: payload is invalid",
						 "violations": [{"path": "game_id", "message": "must be greater than or equal to 1", "rejectedValue": 0}]}
						"""));
		}
	}

	record JoinGame(@Min(1) long gameId, String playerName) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(GameController.class)
	static class App {

	}

	@SocketIoController
	static class GameController {

		@OnEvent("join_game")
		JoinGame join(JoinGame join, SocketIoEmitter emitter) {
			emitter.emit("player_joined", join);
			return join;
		}

	}

}
