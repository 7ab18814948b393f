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

package io.github.sioasyncapi.server.protocol;

import java.util.ArrayList;
import java.util.List;

import com.corundumstudio.socketio.listener.MultiTypeEventListener;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.server.SocketIoServerInitializedEvent;
import com.corundumstudio.socketio.SocketIOClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;

/**
 * The server the official Socket.IO and Engine.IO protocol test suites
 * ({@code socketio/socket.io-protocol} and {@code socketio/engine.io-protocol}, folder
 * {@code test-suite/}) expect, built on this starter: port 3000, ping interval 300 ms, ping
 * timeout 200 ms, a maximum payload of 1,000,000 bytes, a connect timeout of 1 s (none to
 * speak of for the Engine.IO suite, as bare Engine.IO has none); on connection
 * it emits {@code auth} with the client's auth data, echoes {@code message} as
 * {@code message-back} and acknowledges {@code message-with-ack} with its arguments. Not a
 * test: run it from the test classpath (see {@code docs/protocol.md}) with the path as
 * argument ({@code /socket.io}, or {@code /engine.io} for the Engine.IO suite).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ProtocolSuiteServer.Main.class, ProtocolSuiteServer.Custom.class })
public class ProtocolSuiteServer {

	/** The most arguments the echo handlers take (the suite sends at most three). */
	private static final int MAX_ARGUMENTS = 8;

	public static void main(String[] args) {
		String path = (args.length > 0) ? args[0] : "/socket.io";
		// the Socket.IO suite's reference server has a 1 s connect timeout; bare Engine.IO has none
		String connectTimeout = "/socket.io".equals(path) ? "1s" : "45s";
		SpringApplication.run(ProtocolSuiteServer.class, "--socketio.server.port=3000", "--socketio.server.path=" + path,
				"--socketio.server.ping-interval=300ms", "--socketio.server.ping-timeout=200ms",
				"--socketio.server.max-payload=1000000B", "--socketio.server.connect-timeout=" + connectTimeout,
				"--spring.main.web-application-type=none", "--socketio.asyncapi.enabled=false");
	}

	@Bean
	EchoListeners echoListeners(SocketIOServer server) {
		return new EchoListeners(server);
	}

	/**
	 * The echo handlers take any number of arguments, which {@code @OnEvent} methods do not
	 * (yet): they are netty-socketio listeners, behind the starter's protocol layer all the same.
	 */
	static final class EchoListeners {

		private final SocketIOServer server;

		EchoListeners(SocketIOServer server) {
			this.server = server;
		}

		@EventListener
		void register(SocketIoServerInitializedEvent event) {
			for (SocketIONamespace namespace : List.of(this.server.getNamespace(""), this.server.getNamespace("/custom"))) {
				Class<?>[] classes = new Class<?>[MAX_ARGUMENTS];
				java.util.Arrays.fill(classes, JsonNode.class);
				namespace.addMultiTypeEventListener("message", (MultiTypeEventListener) (client, data, ack) -> {
					List<Object> reply = new ArrayList<>(data.getArgs());
					client.sendEvent("message-back", reply.toArray());
				}, classes);
				namespace.addMultiTypeEventListener("message-with-ack",
						(MultiTypeEventListener) (client, data, ack) -> ack.sendAckData(data.getArgs()), classes);
			}
		}

	}

	@SocketIoController
	static class Main {

		@OnConnect
		void connected(SocketIOClient client) {
			Object auth = client.getHandshakeData().getAuthToken();
			client.sendEvent("auth", (auth != null) ? auth : java.util.Map.of());
		}

	}

	@SocketIoController(namespace = "/custom")
	static class Custom extends Main {

	}

}
