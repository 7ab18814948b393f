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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade from polling to websocket, and the session after it.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class UpgradeTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void theSessionGoesOnOverWebSocketAndPollingIsOver() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String sid = http.handshake();
			String session = RawHttp.POLLING + "&sid=" + sid;
			assertThat(http.post(session, "40").body()).isEqualTo("ok");
			assertThat(http.get(session).body()).startsWith("40{\"sid\":");
			try (RawWebSocket upgraded = RawWebSocket.connect(this.port, sid, true)) {
				upgraded.send("2probe");
				assertThat(upgraded.nextText()).isEqualTo("3probe");
				upgraded.send("5");
				upgraded.send("421[\"echo\",\"after upgrade\"]");
				assertThat(upgraded.awaitText("431")).isEqualTo("431[\"after upgrade\"]");
				assertThat(http.get(session).status()).isEqualTo(400);
				try (RawWebSocket second = RawWebSocket.connect(this.port, sid, true)) {
					assertThat(second.awaitClosed(Duration.ofSeconds(5))).isTrue();
				}
				upgraded.send("422[\"echo\",\"still there\"]");
				assertThat(upgraded.awaitText("432")).isEqualTo("432[\"still there\"]");
			}
		}
	}

	@Test
	void aPollThatArrivesAfterTheProbeIsAnsweredAtOnce() throws Exception {
		// engine.io-client pauses polling on the probe's answer and waits for its poll in flight,
		// which may reach the server after the probe, on another connection
		String sid = RawHttp.handshake(this.port);
		try (RawHttp poller = RawHttp.connect(this.port);
				RawWebSocket upgraded = RawWebSocket.connect(this.port, sid, true)) {
			upgraded.send("2probe");
			assertThat(upgraded.nextText()).isEqualTo("3probe");
			RawHttp.Response poll = poller.get(RawHttp.POLLING + "&sid=" + sid);
			assertThat(poll.status()).isEqualTo(200);
			assertThat(poll.body()).isEqualTo("6");
			upgraded.send("5");
			upgraded.send("40");
			assertThat(upgraded.nextText()).startsWith("40{\"sid\":");
			assertThat(poller.get(RawHttp.POLLING + "&sid=" + sid).status()).isEqualTo(400);
		}
	}

	@Test
	void theProbeReleasesThePendingPoll() throws Exception {
		String sid = RawHttp.handshake(this.port);
		try (RawHttp poller = RawHttp.connect(this.port)) {
			// on a thread of its own: the common pool may have a single thread, which the
			// websocket client's completions need
			CompletableFuture<RawHttp.Response> poll = new CompletableFuture<>();
			Thread polling = new Thread(() -> {
				try {
					poll.complete(poller.get(RawHttp.POLLING + "&sid=" + sid));
				}
				catch (RuntimeException ex) {
					poll.completeExceptionally(ex);
				}
			}, "poll");
			polling.setDaemon(true);
			polling.start();
			try (RawWebSocket upgraded = RawWebSocket.connect(this.port, sid, true)) {
				upgraded.send("2probe");
				assertThat(upgraded.nextText()).isEqualTo("3probe");
				// whichever reaches the server first, the poll or the probe, the poll is answered
				assertThat(poll.get(10, TimeUnit.SECONDS).body()).isEqualTo("6");
			}
		}
	}

	@Test
	void pollsAreHeldAgainWhenTheProbingWebSocketClosesBeforeTheUpgrade() throws Exception {
		try (RawHttp poller = RawHttp.connect(this.port)) {
			String sid = poller.handshake();
			String session = RawHttp.POLLING + "&sid=" + sid;
			try (RawWebSocket probing = RawWebSocket.connect(this.port, sid, true)) {
				probing.send("2probe");
				assertThat(probing.nextText()).isEqualTo("3probe");
			}
			// the client falls back to polling: its next polls wait for packets again
			Thread.sleep(200);
			CompletableFuture<RawHttp.Response> poll = CompletableFuture.supplyAsync(() -> poller.get(session));
			Thread.sleep(300);
			assertThat(poll).isNotDone();
			try (RawHttp sender = RawHttp.connect(this.port)) {
				assertThat(sender.post(session, "40").body()).isEqualTo("ok");
			}
			assertThat(poll.get(10, TimeUnit.SECONDS).body()).startsWith("40{\"sid\":");
		}
	}

}
