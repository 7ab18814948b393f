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

import java.time.Duration;
import java.util.Map;

import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.ConnectError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connecting to, being refused by, and leaving namespaces, several over one connection.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = { "socketio.server.port=0",
		"socketio.server.ping-interval=300ms", "socketio.server.ping-timeout=1s" })
class NamespaceTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ProtocolTestApp.Invocations invocations;

	@Test
	void connectToTheMainAndACustomNamespace() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			raw.send("40");
			assertThat(raw.nextText()).matches("40\\{\"sid\":\"[^\"]+\"\\}");
			raw.send("40/other,");
			assertThat(raw.awaitText("40/other,")).matches("40/other,\\{\"sid\":\"[^\"]+\"\\}");
		}
	}

	@Test
	void aRefusedConnectGetsAConnectErrorAndTheConnectionStays() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("40/guarded,{\"token\":\"nope\"}");
			assertThat(raw.awaitText("44/guarded,")).startsWith("44/guarded,{\"message\":\"Connection refused\"");
			raw.send("40/guarded,{\"token\":\"secret\"}");
			assertThat(raw.awaitText("40/guarded,")).startsWith("40/guarded,{\"sid\":");
			raw.send("42/guarded,7[\"echo\",true]");
			assertThat(raw.awaitText("43/guarded,")).isEqualTo("43/guarded,7[true]");
		}
	}

	@Test
	void anUnknownNamespaceGetsAConnectErrorWithAMessage() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			raw.send("40/random");
			assertThat(raw.nextText()).isEqualTo("44/random,{\"message\":\"Invalid namespace\"}");
		}
	}

	@Test
	void theMainNamespaceGuardSeesTheAuthOfARealClient() {
		this.invocations.clear();
		try (SocketIoTestClient client = SocketIoTestClient.open(this.port,
				new SocketIoTestClient.Options().auth(Map.of("token", "wrong")))) {
			assertThat(client.awaitConnection()).isInstanceOf(ConnectError.class);
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().auth(Map.of("token", "fine")))) {
			assertThat(client.isConnected()).isTrue();
		}
		assertThat(this.invocations.all()).contains("/ guard wrong", "/ guard fine");
	}

	@Test
	void leavingOneNamespaceKeepsTheOthers() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("40/other,");
			raw.awaitText("40/other,");
			raw.send("41/other,");
			raw.send("421[\"echo\",\"main\"]");
			assertThat(raw.awaitText("431")).isEqualTo("431[\"main\"]");
		}
	}

	@Test
	void leavingTheMainNamespaceKeepsAnotherAliveBeyondTheHeartbeat() throws InterruptedException {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("40/other,");
			raw.awaitText("40/other,");
			raw.send("41");
			// netty-socketio lost the pongs of a client that left /: it timed out after 1.3 s
			long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
			while (System.nanoTime() < end) {
				// the raw socket answers the pings while it waits
				try {
					raw.next(Duration.ofMillis(100));
				}
				catch (AssertionError timeout) {
					// nothing but pings
				}
			}
			assertThat(raw.isClosed()).isFalse();
			raw.send("42/other,3[\"echo\",\"other\"]");
			assertThat(raw.awaitText("43/other,")).isEqualTo("43/other,3[\"other\"]");
		}
	}

	@Test
	void leavingEveryNamespaceKeepsTheSessionOpen() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, false)) {
			raw.send("40");
			assertThat(raw.nextText()).startsWith("40{");
			raw.send("41");
			assertThat(raw.next()).isEqualTo("2");
			raw.send("3");
			raw.send("40");
			assertThat(raw.awaitText("40{")).startsWith("40{\"sid\":");
		}
	}

}
