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
