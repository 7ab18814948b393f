package io.github.sioasyncapi.server.protocol;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A probe that does not upgrade within the upgrade timeout loses its websocket, and the
 * session goes on polling, as Engine.IO's does.
 */
@SpringBootTest(classes = ProtocolTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.upgrade-timeout=300ms" })
class UpgradeTimeoutTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void theSessionGoesOnPollingWhenTheProbeTimesOut() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String sid = http.handshake();
			String session = RawHttp.POLLING + "&sid=" + sid;
			try (RawWebSocket probing = RawWebSocket.connect(this.port, sid, true)) {
				probing.send("2probe");
				assertThat(probing.nextText()).isEqualTo("3probe");
				assertThat(probing.awaitClosed(Duration.ofSeconds(5))).isTrue();
			}
			assertThat(http.post(session, "40").body()).isEqualTo("ok");
			assertThat(http.get(session).body()).startsWith("40{\"sid\":");
		}
	}

}
