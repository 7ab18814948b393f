package io.github.sioasyncapi.server.protocol;

import java.time.Duration;

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
	void aPollBetweenProbeAndUpgradeIsAnsweredByTheUpgrade() throws Exception {
		String sid = RawHttp.handshake(this.port);
		try (RawHttp poller = RawHttp.connect(this.port);
				RawWebSocket upgraded = RawWebSocket.connect(this.port, sid, true)) {
			upgraded.send("2probe");
			assertThat(upgraded.nextText()).isEqualTo("3probe");
			java.util.concurrent.CompletableFuture<RawHttp.Response> poll = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> poller.get(RawHttp.POLLING + "&sid=" + sid));
			Thread.sleep(200);
			assertThat(poll).isNotDone();
			upgraded.send("5");
			RawHttp.Response answered = poll.get(10, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(answered.status()).isEqualTo(200);
			assertThat(answered.body()).isEqualTo("6");
			assertThat(poller.get(RawHttp.POLLING + "&sid=" + sid).status()).isEqualTo(400);
		}
	}

	@Test
	void theProbeReleasesThePendingPoll() throws Exception {
		String sid = RawHttp.handshake(this.port);
		try (RawHttp poller = RawHttp.connect(this.port)) {
			java.util.concurrent.CompletableFuture<RawHttp.Response> poll = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> poller.get(RawHttp.POLLING + "&sid=" + sid));
			Thread.sleep(200);
			try (RawWebSocket upgraded = RawWebSocket.connect(this.port, sid, true)) {
				upgraded.send("2probe");
				assertThat(upgraded.nextText()).isEqualTo("3probe");
				assertThat(poll.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("6");
			}
		}
	}

}
