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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts to reach handlers without a successful namespace connect, with raw frames: no event
 * reaches a handler of a namespace the client is not connected to, and the connection is
 * closed, as Socket.IO closes it.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class ConnectGuardBypassTests {

	private static final Duration CLOSE = Duration.ofSeconds(5);

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ProtocolTestApp.Invocations invocations;

	@BeforeEach
	void clear() {
		this.invocations.clear();
	}

	@Test
	void eventsWithoutConnectNeverReachAHandler() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			raw.send("42[\"echo\",1]");
			raw.send("421[\"echo\",2]");
			assertThat(raw.awaitClosed(CLOSE)).isTrue();
		}
		assertThat(this.invocations.all()).doesNotContain("/ echo").noneMatch((seen) -> seen.startsWith("/ guard"));
	}

	@Test
	void eventsWithoutConnectOverPollingNeverReachAHandler() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String sid = http.handshake();
			assertThat(http.post(RawHttp.POLLING + "&sid=" + sid, "421[\"echo\",1]").status()).isEqualTo(200);
			// the session is closed: no poll is pending to get a close packet, so the next one is refused
			assertThat(http.get(RawHttp.POLLING + "&sid=" + sid).status()).isEqualTo(400);
		}
		assertThat(this.invocations.all()).doesNotContain("/ echo").noneMatch((seen) -> seen.startsWith("/ guard"));
	}

	@Test
	void eventsAfterARefusedConnectToTheMainNamespaceNeverReachAHandler() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			raw.send("40{\"token\":\"wrong\"}");
			assertThat(raw.nextText()).startsWith("44{");
			raw.send("421[\"echo\",1]");
			assertThat(raw.awaitClosed(CLOSE)).isTrue();
		}
		assertThat(this.invocations.all()).contains("/ guard wrong").doesNotContain("/ echo");
	}

	@Test
	void eventsAfterARefusedConnectToAGuardedNamespaceNeverReachAHandler() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("40/guarded,{\"token\":\"nope\"}");
			assertThat(raw.awaitText("44/guarded,")).contains("Connection refused");
			raw.send("42/guarded,1[\"echo\",1]");
			assertThat(raw.awaitClosed(CLOSE)).isTrue();
		}
		assertThat(this.invocations.all()).doesNotContain("/guarded echo").doesNotContain("/guarded disconnected");
	}

	@Test
	void eventsForANamespaceNeverConnectedToNeverReachAHandler() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("42/other,1[\"echo\",1]");
			assertThat(raw.awaitClosed(CLOSE)).isTrue();
		}
		assertThat(this.invocations.all()).doesNotContain("/other echo");
	}

	@Test
	void theMainNamespaceIsConnectedOnTheConnectPacketWithItsAuth() throws Exception {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			Thread.sleep(300);
			assertThat(this.invocations.all()).noneMatch((seen) -> seen.startsWith("/ guard"));
			raw.send("40{\"token\":\"t1\"}");
			assertThat(raw.nextText()).startsWith("40{\"sid\":");
			raw.send("421[\"echo\",\"hi\"]");
			assertThat(raw.awaitText("431")).isEqualTo("431[\"hi\"]");
		}
		assertThat(this.invocations.all()).contains("/ guard t1");
		assertThat(this.invocations.all()).contains("/ connected", "/ echo");
	}

}
