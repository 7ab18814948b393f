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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long-polling over kept-alive HTTP connections, as browsers and engine.io-client's fetch
 * transport use it: many polls over one connection, errors that leave it open, and a
 * connection that carries a second session's polls.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class KeepAlivePollingTests {

	private static final int ROUNDS = 50;

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void manyPollsOverOneConnection() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String session = RawHttp.POLLING + "&sid=" + http.handshake();
			assertThat(http.post(session, "40").body()).isEqualTo("ok");
			assertThat(http.get(session).body()).startsWith("40{");
			for (int i = 0; i < ROUNDS; i++) {
				RawHttp.Response posted = http.post(session, "42" + i + "[\"echo\"," + i + "]");
				assertThat(posted.status()).isEqualTo(200);
				assertThat(posted.headers().get("connection")).isNotEqualToIgnoringCase("close");
				RawHttp.Response polled = http.get(session);
				assertThat(polled.status()).isEqualTo(200);
				assertThat(polled.body()).isEqualTo("43" + i + "[" + i + "]");
			}
			assertThat(http.isClosedByServer()).isFalse();
		}
	}

	@Test
	void errorsLeaveTheConnectionOpen() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String session = RawHttp.POLLING + "&sid=" + http.handshake();
			assertThat(http.get(RawHttp.POLLING + "&sid=" + UUID.randomUUID()).status()).isEqualTo(400);
			assertThat(http.get("/socket.io/?EIO=3&transport=polling").status()).isEqualTo(400);
			assertThat(http.request("PUT", RawHttp.POLLING, "").status()).isEqualTo(400);
			assertThat(http.isClosedByServer()).isFalse();
			assertThat(http.post(session, "40").body()).isEqualTo("ok");
			assertThat(http.get(session).body()).startsWith("40{");
		}
	}

	@Test
	void aConnectionCarriesTheSessionsOfOneClientAfterAnother() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			String first = RawHttp.POLLING + "&sid=" + http.handshake();
			assertThat(http.post(first, "40").body()).isEqualTo("ok");
			assertThat(http.get(first).body()).startsWith("40{");
			String second = RawHttp.POLLING + "&sid=" + http.handshake();
			assertThat(http.post(second, "40").body()).isEqualTo("ok");
			assertThat(http.get(second).body()).startsWith("40{");
			assertThat(http.post(first, "421[\"echo\",\"first\"]").body()).isEqualTo("ok");
			assertThat(http.post(second, "422[\"echo\",\"second\"]").body()).isEqualTo("ok");
			assertThat(http.get(second).body()).isEqualTo("432[\"second\"]");
			assertThat(http.get(first).body()).isEqualTo("431[\"first\"]");
		}
	}

	@Test
	void overlappingPollsEndTheSession() throws Exception {
		String session = RawHttp.POLLING + "&sid=" + RawHttp.handshake(this.port);
		try (RawHttp first = RawHttp.connect(this.port); RawHttp second = RawHttp.connect(this.port)) {
			CompletableFuture<RawHttp.Response> waiting = CompletableFuture.supplyAsync(() -> first.get(session));
			Thread.sleep(200);
			assertThat(second.get(session).status()).isEqualTo(400);
			RawHttp.Response closed = waiting.get(10, TimeUnit.SECONDS);
			assertThat(closed.status()).isEqualTo(200);
			assertThat(closed.body()).isEqualTo("1");
			assertThat(second.get(session).status()).isEqualTo(400);
		}
	}

	@Test
	void aRealClientOverPollingGetsEveryAck() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().polling())) {
			List<CompletableFuture<ArrayNode>> acks = new ArrayList<>();
			for (int i = 0; i < ROUNDS; i++) {
				acks.add(client.emitWithAckAsync("echo", String.valueOf(i)));
			}
			for (int i = 0; i < ROUNDS; i++) {
				assertThat(acks.get(i).orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(json("[" + i + "]"));
			}
		}
	}

}
