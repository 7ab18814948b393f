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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pings and the ping timeout over both transports, before any namespace is connected.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = { "socketio.server.port=0",
		"socketio.server.ping-interval=300ms", "socketio.server.ping-timeout=1s" })
class HeartbeatTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void pollingGetsPingsWhileItAnswersThem() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String sid = http.handshake();
			for (int i = 0; i < 4; i++) {
				RawHttp.Response poll = http.get(RawHttp.POLLING + "&sid=" + sid);
				assertThat(poll.status()).isEqualTo(200);
				assertThat(poll.body()).isEqualTo("2");
				RawHttp.Response pong = http.post(RawHttp.POLLING + "&sid=" + sid, "3");
				assertThat(pong.status()).isEqualTo(200);
				assertThat(pong.body()).isEqualTo("ok");
			}
		}
	}

	@Test
	void pollingSessionEndsWhenPingsAreNotAnswered() throws InterruptedException {
		String sid = RawHttp.handshake(this.port);
		Thread.sleep(2500);
		try (RawHttp http = RawHttp.connect(this.port)) {
			assertThat(http.get(RawHttp.POLLING + "&sid=" + sid).status()).isEqualTo(400);
		}
	}

	@Test
	void websocketGetsPingsWhileItAnswersThem() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, false)) {
			for (int i = 0; i < 4; i++) {
				assertThat(raw.next()).isEqualTo("2");
				raw.send("3");
			}
			assertThat(raw.isClosed()).isFalse();
		}
	}

	@Test
	void websocketIsClosedWhenPingsAreNotAnswered() {
		try (RawWebSocket raw = RawWebSocket.open(this.port, false)) {
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
	}

}
