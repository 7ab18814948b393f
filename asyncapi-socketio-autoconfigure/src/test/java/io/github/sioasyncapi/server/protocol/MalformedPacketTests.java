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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packets that are not Engine.IO or Socket.IO packets close the connection, as Socket.IO does
 * ({@code 4abc} is not a disconnect); an event whose array cannot be read gets an error ack.
 */
@SpringBootTest(classes = ProtocolTestApp.class, properties = "socketio.server.port=0")
class MalformedPacketTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ProtocolTestApp.Invocations invocations;

	@BeforeEach
	void clear() {
		this.invocations.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4abc", "42{}", "42abc[\"echo\",1]", "4", "abc", "", "49", "44{\"message\":\"x\"}",
			"43[1]", "41{}", "40[]", "45-[\"echo\"]", "4512345-[\"echo\"]", "40/other,{\"a\":1" })
	void packetsThatAreNotSocketIoCloseTheConnection(String packet) {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send(packet);
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).as(packet).isTrue();
		}
		assertThat(this.invocations.all()).doesNotContain("/ echo");
	}

	@Test
	void binaryDataWithoutAPacketClosesTheConnection() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send(new byte[] { 4, 1, 2 });
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
	}

	@Test
	void aTextPacketWhereAttachmentsWereExpectedClosesTheConnection() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("451-[\"bytes\",{\"_placeholder\":true,\"num\":0}]");
			raw.send("421[\"echo\",1]");
			assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
		}
		assertThat(this.invocations.all()).doesNotContain("/ echo");
	}

	@Test
	void anEventArrayThatCannotBeReadGetsAnErrorAckAndTheConnectionStays() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("421[\"echo\",{");
			assertThat(raw.awaitText("431")).contains("invalid_payload");
			raw.send("422[\"echo\",2]");
			assertThat(raw.awaitText("432")).isEqualTo("432[2]");
		}
	}

	@Test
	void binaryEventsWithAttachmentsFromRawFramesReachTheHandler() {
		try (RawWebSocket raw = RawWebSocket.connected(this.port)) {
			raw.send("451-1[\"bytes\",{\"_placeholder\":true,\"num\":0}]");
			raw.send(new byte[] { 4, 5, 6 });
			assertThat(raw.awaitText("461-1")).isEqualTo("461-1[{\"_placeholder\":true,\"num\":0}]");
			assertThat(raw.next()).isEqualTo(new byte[] { 4, 5, 6 });
		}
		assertThat(this.invocations.all()).contains("/ bytes 3");
	}

}
