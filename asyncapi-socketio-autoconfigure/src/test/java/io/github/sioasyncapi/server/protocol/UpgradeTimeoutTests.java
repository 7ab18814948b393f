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
