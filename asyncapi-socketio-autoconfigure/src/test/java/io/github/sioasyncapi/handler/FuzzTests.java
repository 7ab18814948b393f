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

package io.github.sioasyncapi.handler;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage in, error acks out: random payloads and malformed packets each get an error ack (when
 * they carry an ack id), and the server stays healthy for a valid client afterwards.
 */
@SpringBootTest(properties = "socketio.server.port=0")
class FuzzTests {

	private static final long SEED = Long.getLong("fuzz.seed", 20261124L);

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void randomPayloadsGetAnInvalidPayloadAckEach() {
		Random random = new Random(SEED);
		List<String> payloads = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			payloads.add(invalidMove(random));
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			List<CompletableFuture<ArrayNode>> acks = new ArrayList<>();
			for (String payload : payloads) {
				acks.add(client.emitWithAckAsync("make_move", payload));
			}
			for (int i = 0; i < acks.size(); i++) {
				JsonNode ack = acks.get(i).orTimeout(10, TimeUnit.SECONDS).join().get(0);
				assertThat(ack.path("error").path("code").stringValue())
					.as("ack of %s (seed %d)", payloads.get(i), SEED)
					.isEqualTo("invalid_payload");
				assertThat(ack.path("error").path("violations").isEmpty()).isFalse();
			}
		}
		assertHealthy();
	}

	@Test
	void malformedEventPacketsWithAnAckIdGetAnErrorAck() throws Exception {
		List<String> garbage = List.of("421[\"make_move\",{", "422[", "423[1,2]", "424[\"make_move\",{]}",
				"425[\"make_move\" \"x\"]", "426[null]", "427[{\"a\":1}]");
		try (RawSocket raw = RawSocket.open(this.port)) {
			raw.send("42[\"make_move\",{");
			for (String packet : garbage) {
				raw.send(packet);
			}
			List<Integer> ids = new ArrayList<>();
			for (int i = 0; i < garbage.size(); i++) {
				String ack = raw.awaitPacket("43");
				ids.add(Integer.parseInt(ack.substring(2, ack.indexOf('['))));
				JsonNode error = json(ack.substring(ack.indexOf('['))).get(0).get("error");
				assertThat(error.get("code").stringValue()).as(ack).isEqualTo("invalid_payload");
				assertThat(error.get("message").stringValue()).isEqualTo("event packet is invalid");
				assertThat(error.get("violations").get(0).get("message").stringValue()).doesNotContain("Source");
			}
			assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6, 7);
		}
		assertHealthy();
	}

	/**
	 * Each such packet closes its own connection (see {@code MalformedPacketTests}), so each is
	 * sent on a connection of its own: a second packet would race the server's close.
	 */
	@Test
	void packetsThatAreNotSocketIoLeaveTheServerHealthy() throws Exception {
		for (String packet : List.of("42garbage", "428{}", "429\"make_move\"", "4x", "9", "")) {
			try (RawSocket raw = RawSocket.open(this.port)) {
				raw.send(packet);
			}
		}
		assertHealthy();
	}

	private void assertHealthy() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("make_move", "{\"gameId\": 1, \"x\": 1, \"y\": 1}"))
				.isEqualTo(json("[{\"ok\": true}]"));
		}
	}

	/**
	 * A payload that is never a valid move: wrong JSON type, or an object whose {@code x} is
	 * missing, of the wrong type or out of range.
	 */
	private static String invalidMove(Random random) {
		if (random.nextInt(4) == 0) {
			return randomJson(random, 3, false);
		}
		StringBuilder object = new StringBuilder("{");
		if (random.nextBoolean()) {
			object.append("\"gameId\": ").append(randomJson(random, 1, true)).append(", ");
		}
		if (random.nextBoolean()) {
			object.append("\"y\": ").append(randomJson(random, 1, true)).append(", ");
		}
		object.append("\"k").append(randomKey(random)).append("\": ").append(randomJson(random, 2, true));
		int choice = random.nextInt(4);
		if (choice == 1) {
			object.append(", \"x\": ").append(3 + random.nextInt(1_000_000));
		}
		else if (choice == 2) {
			object.append(", \"x\": ").append(-1 - random.nextInt(1000));
		}
		else if (choice == 3) {
			object.append(", \"x\": ").append(randomNonInteger(random));
		}
		return object.append('}').toString();
	}

	private static String randomNonInteger(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> "\"" + randomKey(random) + "\"";
			case 1 -> String.valueOf(random.nextInt(3) + 0.5);
			case 2 -> "[" + random.nextInt(3) + "]";
			case 3 -> "{\"value\": 1}";
			default -> "true";
		};
	}

	private static String randomJson(Random random, int depth, boolean objectsAllowed) {
		int kind = random.nextInt((depth > 0) ? 8 : 6);
		return switch (kind) {
			case 0 -> "null";
			case 1 -> String.valueOf(random.nextBoolean());
			case 2 -> String.valueOf(random.nextLong());
			case 3 -> String.valueOf(random.nextDouble() * 1e6);
			case 4 -> "\"" + randomKey(random) + "\"";
			case 5 -> "99999999999999999999999";
			case 6 -> {
				StringBuilder array = new StringBuilder("[");
				int size = random.nextInt(4);
				for (int i = 0; i < size; i++) {
					array.append((i > 0) ? "," : "").append(randomJson(random, depth - 1, true));
				}
				yield array.append(']').toString();
			}
			default -> objectsAllowed ? "{\"k" + randomKey(random) + "\": " + randomJson(random, depth - 1, true) + "}"
					: "\"" + randomKey(random) + "\"";
		};
	}

	private static String randomKey(Random random) {
		String alphabet = "abcxyzXYZ_-:/\\\u00e9\u4e2d \t\u2603";
		StringBuilder key = new StringBuilder();
		int length = 1 + random.nextInt(8);
		for (int i = 0; i < length; i++) {
			char c = alphabet.charAt(random.nextInt(alphabet.length()));
			key.append((c == '\\') ? "\\\\" : (c == '\t') ? "\\t" : String.valueOf(c));
		}
		return key.toString();
	}

	record MakeMove(@NotNull @Min(1) Long gameId, @Min(0) @Max(2) int x, @Min(0) @Max(2) int y) {
	}

	record Ok(boolean ok) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(GameController.class)
	static class App {

	}

	@SocketIoController
	static class GameController {

		@OnEvent("make_move")
		Ok makeMove(MakeMove move) {
			return new Ok(true);
		}

	}

	/**
	 * A bare Engine.IO/Socket.IO websocket connection that sends packets as typed.
	 */
	static final class RawSocket implements WebSocket.Listener, AutoCloseable {

		private final BlockingQueue<String> packets = new LinkedBlockingQueue<>();

		private final StringBuilder partial = new StringBuilder();

		private WebSocket socket;

		static RawSocket open(int port) throws Exception {
			RawSocket raw = new RawSocket();
			raw.socket = HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.connectTimeout(Duration.ofSeconds(5))
				.buildAsync(URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket"), raw)
				.get(10, TimeUnit.SECONDS);
			raw.awaitPacket("0");
			raw.send("40");
			raw.awaitPacket("40");
			return raw;
		}

		void send(String packet) {
			this.socket.sendText(packet, true).join();
		}

		String awaitPacket(String prefix) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < deadline) {
				String packet = this.packets.poll(100, TimeUnit.MILLISECONDS);
				if (packet != null && packet.startsWith(prefix)) {
					return packet;
				}
				if ("2".equals(packet)) {
					send("3");
				}
			}
			throw new AssertionError("No packet starting with " + prefix);
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				this.packets.add(this.partial.toString());
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public void close() {
			this.socket.abort();
		}

	}

}
