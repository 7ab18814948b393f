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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Engine.IO handshake over both transports, and the requests it refuses with Engine.IO's
 * error codes.
 */
@SpringBootTest(classes = ProtocolTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.ping-interval=3s", "socketio.server.ping-timeout=2s",
				"socketio.server.max-payload=100KB" })
class HandshakeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void pollingHandshakeHasEveryField() {
		try (RawHttp http = RawHttp.connect(this.port)) {
			RawHttp.Response response = http.get(RawHttp.POLLING);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).startsWith("0");
			JsonNode handshake = JSON.readTree(response.body().substring(1));
			assertThat(handshake.propertyNames()).containsExactlyInAnyOrder("sid", "upgrades", "pingInterval",
					"pingTimeout", "maxPayload");
			assertThat(handshake.get("sid").isString()).isTrue();
			assertThat(handshake.get("upgrades")).isEqualTo(JSON.readTree("[\"websocket\"]"));
			// the server does not name itself (no Server header with netty-socketio's version)
			assertThat(response.headers()).doesNotContainKey("server");
			assertThat(handshake.get("pingInterval").intValue()).isEqualTo(3000);
			assertThat(handshake.get("pingTimeout").intValue()).isEqualTo(2000);
			assertThat(handshake.get("maxPayload").intValue()).isEqualTo(100 * 1024);
		}
	}

	@Test
	void websocketHandshakeOffersNoUpgrade() {
		RawWebSocket raw = RawWebSocket.connect(this.port, null, true);
		try (raw) {
			JsonNode handshake = JSON.readTree(raw.nextText().substring(1));
			assertThat(handshake.get("upgrades")).isEqualTo(JSON.readTree("[]"));
			assertThat(handshake.get("maxPayload").intValue()).isEqualTo(100 * 1024);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/socket.io/?transport=polling", "/socket.io/?EIO=abc&transport=polling",
			"/socket.io/?EIO=3&transport=polling" })
	void anInvalidProtocolVersionIsRefused(String target) {
		assertError(target, "GET", 5, "Unsupported protocol version");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/socket.io/?EIO=4", "/socket.io/?EIO=4&transport=abc" })
	void anInvalidTransportIsRefused(String target) {
		assertError(target, "GET", 0, "Transport unknown");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE" })
	void aHandshakeMustBeAGet(String method) {
		assertError(RawHttp.POLLING, method, 2, "Bad handshake method");
	}

	@Test
	void anUnknownSessionIsRefused() {
		assertError(RawHttp.POLLING + "&sid=" + UUID.randomUUID(), "GET", 1, "Session ID unknown");
		assertError(RawHttp.POLLING + "&sid=" + UUID.randomUUID(), "POST", 1, "Session ID unknown");
		assertError(RawHttp.POLLING + "&sid=garbage", "GET", 1, "Session ID unknown");
	}

	@ParameterizedTest
	@ValueSource(strings = { "?transport=websocket", "?EIO=abc&transport=websocket", "?EIO=4" })
	void anInvalidWebSocketRequestIsRefused(String query) {
		assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(java.net.URI.create("ws://127.0.0.1:" + this.port + "/socket.io/" + query),
					new java.net.http.WebSocket.Listener() {
					})
			.join()).isInstanceOf(CompletionException.class)
			.hasStackTraceContaining("Unexpected HTTP response status code 400");
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aHandshakeFromAnOriginThatIsNotAllowedIsForbidden(boolean websocket) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Origin", "http://evil.example");
		if (websocket) {
			headers.put("Connection", "Upgrade");
			headers.put("Upgrade", "websocket");
			headers.put("Sec-WebSocket-Version", "13");
			headers.put("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
		}
		String target = websocket ? "/socket.io/?EIO=4&transport=websocket" : RawHttp.POLLING;
		try (RawHttp http = RawHttp.connect(this.port)) {
			RawHttp.Response response = http.request("GET", target, null, headers);
			assertThat(response.status()).as("not 401, which reads like a bad token").isEqualTo(403);
			JsonNode error = JSON.readTree(response.body());
			assertThat(error.get("code").intValue()).isEqualTo(4);
			assertThat(error.get("message").stringValue()).isEqualTo("Forbidden");
		}
	}

	private void assertError(String target, String method, int code, String message) {
		try (RawHttp http = RawHttp.connect(this.port)) {
			RawHttp.Response response = http.request(method, target, method.equals("GET") ? null : "");
			assertThat(response.status()).as(method + " " + target).isEqualTo(400);
			JsonNode error = JSON.readTree(response.body());
			assertThat(error.get("code").intValue()).isEqualTo(code);
			assertThat(error.get("message").stringValue()).isEqualTo(message);
		}
	}

}
