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

package io.github.sioasyncapi.benchmarks.raw;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The benchmark workload on a raw netty-socketio listener, as a netty-socketio user writes it
 * without the starter: a plain {@code main}, no Spring, the payload bound by netty-socketio's own
 * Jackson support, the checks written by hand, the ack sent from the listener (which netty-socketio
 * runs on its Netty I/O thread). The server is configured as the starter configures it: websocket
 * compression off, manual acks, random session ids, address reuse, no Nagle.
 * <p>{@code make_move {game_id >= 1, x 0..2, y 0..2}} is answered with {@code {ok: true, game_id}},
 * or with the same {@code invalid_payload} error ack the starter sends. {@code slow} does the same
 * after sleeping 200 ms. Arguments: the port (default 9092).
 */
public final class RawServer {

	private RawServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Configuration configuration = new Configuration();
		configuration.setHostname("127.0.0.1");
		configuration.setPort((args.length > 0) ? Integer.parseInt(args[0]) : 9092);
		configuration.setWebsocketCompression(false);
		configuration.setAckMode(AckMode.MANUAL);
		configuration.setRandomSession(true);
		configuration.getSocketConfig().setReuseAddress(true);
		configuration.getSocketConfig().setTcpNoDelay(true);
		SocketIOServer server = new SocketIOServer(configuration);
		server.addEventListener("make_move", MakeMove.class, RawServer::makeMove);
		server.addEventListener("slow", MakeMove.class, (client, move, ack) -> {
			Thread.sleep(200);
			makeMove(client, move, ack);
		});
		server.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			stopped.countDown();
		}));
		System.out.println("raw netty-socketio server listening on " + configuration.getPort() + ", startup_ms="
				+ ManagementFactory.getRuntimeMXBean().getUptime());
		stopped.await();
	}

	/**
	 * The listener of {@code make_move}.
	 * @param client the client
	 * @param move the request
	 * @param ack the ack request
	 */
	public static void makeMove(SocketIOClient client, MakeMove move, AckRequest ack) {
		List<Map<String, Object>> violations = new ArrayList<>(1);
		if (move.gameId() < 1) {
			violations.add(violation("game_id", "must be greater than or equal to 1", move.gameId()));
		}
		if (move.x() < 0) {
			violations.add(violation("x", "must be greater than or equal to 0", move.x()));
		}
		else if (move.x() > 2) {
			violations.add(violation("x", "must be less than or equal to 2", move.x()));
		}
		if (move.y() < 0) {
			violations.add(violation("y", "must be greater than or equal to 0", move.y()));
		}
		else if (move.y() > 2) {
			violations.add(violation("y", "must be less than or equal to 2", move.y()));
		}
		if (!ack.isAckRequested()) {
			return;
		}
		if (violations.isEmpty()) {
			ack.sendAckData(new MoveAck(true, move.gameId()));
		}
		else {
			ack.sendAckData(Map.of("error", Map.of("code", "invalid_payload", "message",
					"make_move: payload is invalid", "violations", violations)));
		}
	}

	private static Map<String, Object> violation(String path, String message, Object rejectedValue) {
		return Map.of("path", path, "message", message, "rejectedValue", rejectedValue);
	}

	/**
	 * The request.
	 *
	 * @param gameId the game, at least 1
	 * @param x the column, 0 to 2
	 * @param y the row, 0 to 2
	 */
	public record MakeMove(@JsonProperty("game_id") long gameId, int x, int y) {
	}

	/**
	 * The ack of a valid move.
	 *
	 * @param ok always {@code true}
	 * @param gameId the game
	 */
	public record MoveAck(boolean ok, @JsonProperty("game_id") long gameId) {
	}

}
