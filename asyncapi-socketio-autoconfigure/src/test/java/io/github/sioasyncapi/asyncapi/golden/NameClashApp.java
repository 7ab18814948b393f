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

package io.github.sioasyncapi.asyncapi.golden;

import java.util.List;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.golden.clash.a.Player;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Two classes named {@code Player} in different packages, directly and inside a generic type,
 * and a class named {@code Error} like the error ack's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(NameClashApp.LobbyController.class)
public class NameClashApp {

	public record Page<T>(List<T> content) {
	}

	public record Error(String reason) {
	}

	@SocketIoController
	static class LobbyController {

		@OnEvent("join_lobby")
		Page<Player> join(Player player) {
			return new Page<>(List.of(player));
		}

		@OnEvent("join_game")
		Page<io.github.sioasyncapi.asyncapi.golden.clash.b.Player> join(
				io.github.sioasyncapi.asyncapi.golden.clash.b.Player player) {
			return new Page<>(List.of(player));
		}

		@OnEvent("report")
		Error report(Error error) {
			return error;
		}

	}

}
