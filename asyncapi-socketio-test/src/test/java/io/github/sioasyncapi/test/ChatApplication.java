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

package io.github.sioasyncapi.test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A small chat server for the tests of the tester: rooms, a multi-argument event, a late ack,
 * a guarded namespace.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ChatApplication.ChatController.class, ChatApplication.GuardedController.class })
class ChatApplication {

	record Join(@NotBlank String room, @NotBlank @Size(max = 20) String name) {
	}

	record Joined(String room, String name) {
	}

	record Message(@NotBlank String text) {
	}

	record Said(String room, String text) {
	}

	record Credentials(@NotBlank String token) {
	}

	@SocketIoController
	@Emits(event = "joined", payload = Joined.class)
	@Emits(event = "said", payload = Said.class)
	static class ChatController {

		@OnEvent("join")
		Joined join(Join join, SocketIOClient client, SocketIoEmitter emitter) {
			client.joinRoom(join.room());
			Joined joined = new Joined(join.room(), join.name());
			emitter.toRoom(join.room()).emit("joined", joined);
			return joined;
		}

		@OnEvent("say")
		void say(String room, Message message, SocketIoEmitter emitter) {
			emitter.toRoom(room).emit("said", new Said(room, message.text()));
		}

		/** Acks a second later: long after a short quiet period or timeout. */
		@OnEvent("slow")
		CompletableFuture<String> slow() {
			return CompletableFuture.supplyAsync(() -> "late", CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
		}

		@OnEvent("leave")
		void leave(SocketIOClient client) {
			client.disconnect();
		}

	}

	@SocketIoController("/guarded")
	static class GuardedController {

		@OnConnect
		boolean authenticate(Credentials credentials) {
			return "secret".equals(credentials.token());
		}

		@OnEvent("whoami")
		String whoami(HandshakeData handshake) {
			return String.valueOf(handshake.getHttpHeaders().get("X-Player"));
		}

	}

}
