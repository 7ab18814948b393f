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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client's close packet ends the session over both transports.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class CloseTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ProtocolTestApp.Invocations invocations;

	@Test
	void pollingClosePacketAnswersThePendingPollAndEndsTheSession() throws Exception {
		String sid = RawHttp.handshake(this.port);
		try (RawHttp poller = RawHttp.connect(this.port); RawHttp sender = RawHttp.connect(this.port)) {
			CompletableFuture<RawHttp.Response> poll = CompletableFuture
				.supplyAsync(() -> poller.get(RawHttp.POLLING + "&sid=" + sid));
			Thread.sleep(200);
			assertThat(sender.post(RawHttp.POLLING + "&sid=" + sid, "1").status()).isEqualTo(200);
			RawHttp.Response answered = poll.get(10, TimeUnit.SECONDS);
			assertThat(answered.status()).isEqualTo(200);
			assertThat(answered.body()).isEqualTo("6");
			assertThat(sender.get(RawHttp.POLLING + "&sid=" + sid).status()).isEqualTo(400);
		}
	}

	@Test
	void websocketClosePacketClosesTheConnectionAndDisconnectsTheNamespaces() {
		this.invocations.clear();
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("1");
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> this.invocations.all().contains("/ disconnected"));
	}

}
