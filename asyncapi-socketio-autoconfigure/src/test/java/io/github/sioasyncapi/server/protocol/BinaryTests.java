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

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binary attachments both ways with a real client (the Java {@code socket.io-client}), over
 * websocket and over polling: bytes reach handlers as {@code byte[]} (or binary trees), and
 * acknowledgements and events with {@code byte[]} reach the client byte for byte.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class BinaryTests {

	private static final byte[] DATA = { 1, 2, 3, 4, (byte) 0xff, 0 };

	@Value("${local.socketio.server.port}")
	int port;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bytesRoundTripThroughAnAck(boolean polling) throws Exception {
		Socket socket = connect(polling);
		try {
			CompletableFuture<Object[]> ack = new CompletableFuture<>();
			socket.emit("bytes", new Object[] { DATA }, ack::complete);
			Object[] args = ack.get(10, TimeUnit.SECONDS);
			assertThat(args).hasSize(1);
			assertThat(args[0]).isInstanceOf(byte[].class);
			assertThat((byte[]) args[0]).containsExactly(DATA);
		}
		finally {
			socket.close();
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bytesReachATreeParameterAsBinary(boolean polling) throws Exception {
		Socket socket = connect(polling);
		try {
			CompletableFuture<Object[]> ack = new CompletableFuture<>();
			socket.emit("kind", new Object[] { DATA }, ack::complete);
			assertThat(ack.get(10, TimeUnit.SECONDS)).containsExactly("binary");
		}
		finally {
			socket.close();
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bytesEmittedByTheServerArriveAsTheyWere(boolean polling) throws Exception {
		Socket socket = connect(polling);
		try {
			CompletableFuture<Object[]> pushed = new CompletableFuture<>();
			socket.on("pushed", pushed::complete);
			socket.emit("push-bytes", (Object) DATA);
			Object[] args = pushed.get(10, TimeUnit.SECONDS);
			assertThat(args).hasSize(1);
			assertThat((byte[]) args[0]).containsExactly(DATA);
		}
		finally {
			socket.close();
		}
	}

	private Socket connect(boolean polling) throws Exception {
		IO.Options options = IO.Options.builder()
			.setTransports(new String[] { polling ? Polling.NAME : WebSocket.NAME })
			.setReconnection(false)
			.build();
		Socket socket = IO.socket(URI.create("http://127.0.0.1:" + this.port), options);
		CompletableFuture<Object> connected = new CompletableFuture<>();
		socket.on(Socket.EVENT_CONNECT, connected::complete);
		socket.on(Socket.EVENT_CONNECT_ERROR, (args) -> connected.completeExceptionally(new AssertionError(args[0])));
		socket.connect();
		connected.get(10, TimeUnit.SECONDS);
		return socket;
	}

}
