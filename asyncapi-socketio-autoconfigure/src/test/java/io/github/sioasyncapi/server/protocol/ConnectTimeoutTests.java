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

import io.github.sioasyncapi.autoconfigure.SocketIoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code socketio.server.connect-timeout}: a session that connects to no namespace in time is
 * closed, as Socket.IO's {@code connectTimeout} closes it.
 */
@SpringBootTest(classes = ProtocolTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.connect-timeout=500ms" })
class ConnectTimeoutTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void aWebSocketSessionWithoutConnectIsClosed() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, true)) {
			assertThat(raw.nextText()).isEqualTo("1");
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
	}

	@Test
	void aPollingSessionWithoutConnectIsClosed() throws InterruptedException {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String session = RawHttp.POLLING + "&sid=" + http.handshake();
			Thread.sleep(1500);
			RawHttp.Response poll = http.get(session);
			assertThat(poll.status() == 400 || "1".equals(poll.body())).as(poll.toString()).isTrue();
			assertThat(http.get(session).status()).isEqualTo(400);
		}
	}

	@Test
	void aSessionThatConnectedStays() throws InterruptedException {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			Thread.sleep(1000);
			raw.send("421[\"echo\",1]");
			assertThat(raw.awaitText("431")).isEqualTo("431[1]");
		}
	}

	@Test
	void aSessionThatLeftEveryNamespaceIsClosedAfterTheTimeout() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("41");
			assertThat(raw.nextText()).isEqualTo("1");
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
	}

	@Test
	void theDefaultIsSocketIosFortyFiveSeconds() {
		assertThat(new SocketIoProperties().getServer().getConnectTimeout()).isEqualTo(Duration.ofSeconds(45));
	}

}
