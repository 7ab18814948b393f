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

package io.github.sioasyncapi.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.test.ChatApplication.Joined;
import io.github.sioasyncapi.test.ChatApplication.Said;
import io.github.sioasyncapi.test.SocketIoTester.Client;
import io.github.sioasyncapi.test.SocketIoTester.Event;
import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tester against a real server and its own document: acks, error acks, events reaching
 * several clients, events that must not arrive, timeouts that name what was awaited.
 */
@SpringBootTest(classes = ChatApplication.class)
@AutoConfigureSocketIoTester
class SocketIoTesterTests {

	@Autowired
	SocketIoTester tester;

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void theServerListensOnARandomPortInsteadOfTheConfiguredOne() {
		// src/test/resources/application.properties says 9092
		assertThat(this.port).isNotEqualTo(9092).isPositive();
	}

	@Test
	void acksDecodeToTypes() {
		Client ann = this.tester.connect();
		assertThat(ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann")).as(Joined.class))
			.isEqualTo(new Joined("lobby", "ann"));
	}

	@Test
	void invalidPayloadsGetAnErrorAckWithTheirViolationPaths() {
		Client ann = this.tester.connect();
		SocketIoTester.ErrorAck error = ann.emitWithAck("join", SocketIoTester.json("{\"room\": \" \"}"))
			.isError()
			.hasCode("invalid_payload")
			.hasViolationPaths("room", "name");
		assertThat(error.message()).isEqualTo("join: payload is invalid");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> error.hasViolationPaths("room"))
			.withMessageContaining("violation paths [room]")
			.withMessageContaining("\"path\":\"name\"");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> error.hasCode("forbidden"))
			.withMessageContaining("code 'forbidden'");
	}

	@Test
	void twoClientsInARoomReceiveItsEventsInOrder() {
		Client ann = this.tester.connect();
		Client bob = this.tester.connect();
		ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann")).as(Joined.class);
		bob.emitWithAck("join", new ChatApplication.Join("lobby", "bob")).as(Joined.class);
		ann.emitWithAck("say", "lobby", new ChatApplication.Message("hello")).hasNoArguments();
		assertThat(bob.expectEvent("said").as(Said.class)).isEqualTo(new Said("lobby", "hello"));
		assertThat(ann.expectEvents("joined", 2)).extracting((event) -> event.as(Joined.class).name())
			.containsExactly("ann", "bob");
		assertThat(ann.receivedEvents()).extracting(Event::name).containsExactly("joined", "joined", "said");
	}

	@Test
	void anEventThatMustNotArriveDoesNotArrive() {
		Client ann = this.tester.connect();
		Client outsider = this.tester.connect();
		ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann")).as(Joined.class);
		ann.emit("say", "lobby", new ChatApplication.Message("psst"));
		ann.expectEvent("said");
		outsider.expectNoEvent("said");
		outsider.expectNoEvent("joined", Duration.ofMillis(50));
	}

	@Test
	void anEventThatMustNotArriveButDoesFailsWithIt() {
		Client ann = this.tester.connect();
		ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann")).as(Joined.class);
		ann.emit("say", "lobby", new ChatApplication.Message("oops"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.expectNoEvent("said"))
			.withMessageContaining("The event 'said' reached client " + ann.id())
			.withMessageContaining("though it must not")
			.withMessageContaining("\"text\":\"oops\"");
	}

	@Test
	void aMissingEventFailsNamingItAndWhatArrivedInstead() {
		Client ann = this.tester.mutate().timeout(Duration.ofMillis(200)).build().connect();
		ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann")).as(Joined.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.expectEvent("said"))
			.withMessageStartingWith("No event 'said' reached client " + ann.id() + " on namespace '/' at 127.0.0.1:"
					+ this.port + "/socket.io within 200 ms")
			.withMessageEndingWith("events received and not expected yet: [joined]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.expectEvents("joined", 2))
			.withMessageStartingWith("Only 1 of 2 events 'joined' reached client " + ann.id());
	}

	@Test
	void aMissingAckFailsWhenTheTimeoutPassesNamingTheEvent() {
		Client ann = this.tester.mutate().timeout(Duration.ofMillis(200)).build().connect();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.emitWithAck("slow").as(String.class))
			.withMessage("No ack of 'slow' reached client " + ann.id() + " on namespace '/' at 127.0.0.1:" + this.port
					+ "/socket.io within 200 ms");
	}

	@Test
	void aConnectionWaitsForTheConnectTimeoutNotTheTimeoutOfAcksAndEvents() throws IOException {
		assertThat(SocketIoTester.DEFAULT_CONNECT_TIMEOUT).isGreaterThan(SocketIoTester.DEFAULT_TIMEOUT);
		// a server that accepts TCP connections and never answers
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			SocketIoTester tester = this.tester.mutate()
				.port(silent.getLocalPort())
				.timeout(Duration.ofMillis(100))
				.connectTimeout(Duration.ofMillis(1500))
				.build();
			assertThatExceptionOfType(AssertionError.class).isThrownBy(tester::connect)
				.withMessage("No answer from the Socket.IO server to a connection to namespace '/' at 127.0.0.1:"
						+ silent.getLocalPort() + "/socket.io within 1500 ms (SocketIoTester.Builder#connectTimeout)");
		}
	}

	@Test
	void anAckThatMustNotArriveWithinTheQuietPeriod() {
		Client ann = this.tester.mutate().quietPeriod(Duration.ofMillis(100)).build().connect();
		SocketIoTester.Ack late = ann.emitWithAck("slow");
		late.isAbsent();
		assertThat(late.as(String.class)).isEqualTo("late");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(late::isAbsent)
			.withMessageContaining("An ack of 'slow' reached client " + ann.id())
			.withMessageContaining("[\"late\"]");
	}

	@Test
	void aClosedConnectionFailsAWaitAtOnceSayingWhatWasAwaited() {
		// a minute-long timeout: the wait ends because the connection closed, not because time passed
		Client ann = this.tester.mutate().timeout(Duration.ofMinutes(1)).build().connect();
		ann.emitWithAck("leave").isAbsent();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.expectEvent("said"))
			.withMessageStartingWith("The connection of client")
			.withMessageContaining("closed (io server disconnect) while waiting for the event 'said'");
		assertThat(ann.isConnected()).isFalse();
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ann.emit("say", "lobby", "x"))
			.withMessageContaining("Cannot emit 'say'");
	}

	@Test
	void handshakeAuthAndHeadersReachTheServer() {
		SocketIoTester player = this.tester.mutate()
			.namespace("/guarded")
			.auth(Map.of("token", "secret"))
			.header("X-Player", "ann")
			.build();
		Client ann = player.connect();
		assertThat(ann.namespace()).isEqualTo("/guarded");
		assertThat(ann.emitWithAck("whoami").as(String.class)).isEqualTo("ann");
	}

	@Test
	void refusedConnectionsFailConnectOrAreExpected() {
		SocketIoTester intruder = this.tester.mutate().namespace("/guarded").auth(Map.of("token", "wrong")).build();
		assertThat(intruder.expectConnectError().path("data").path("error").path("code").asString())
			.isEqualTo("unauthorized");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(intruder::connect)
			.withMessageStartingWith("The server refused the connection to namespace '/guarded'")
			.withMessageContaining("unauthorized");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(this.tester::expectConnectError)
			.withMessageContaining("accepted the connection to namespace '/'");
	}

	@Test
	void anErrorAckIsNotDecodedAsTheAckOfTheEvent() {
		Client ann = this.tester.connect();
		SocketIoTester.Ack ack = ann.emitWithAck("join", SocketIoTester.json("{\"room\": \" \"}"));
		// without the check, Joined[room=null, name=null]: the mapper ignores the unknown property 'error'
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ack.as(Joined.class))
			.withMessageStartingWith("The ack of 'join' is an error ack, not " + Joined.class.getName()
					+ ": code 'invalid_payload', message \"join: payload is invalid\", violation paths [")
			.withMessageContainingAll("room", "name")
			.withMessageEndingWith("] (isError() checks error acks)");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ack.as(new ParameterizedTypeReference<Map<String, String>>() {
			}))
			.withMessageStartingWith("The ack of 'join' is an error ack, not java.util.Map<java.lang.String,java.lang.String>: ");
		assertThat(ack.as(ErrorAck.class).error().code()).isEqualTo("invalid_payload");
		// a type of the application's own that keeps the error, as the demo's GameAck does
		assertThat(ack.as(Refusal.class)).isEqualTo(new Refusal(new Refusal.Reason("invalid_payload")));
		assertThat(ack.as(JsonNode.class).path("error").path("code").asString()).isEqualTo("invalid_payload");
		assertThat(ack.as(Object.class)).isInstanceOf(Map.class);
		ack.isError().hasCode("invalid_payload");
	}

	record Refusal(Reason error) {

		record Reason(String code) {
		}

	}

	@Test
	void multiArgumentEventsAndTheirAcksAreCheckedAgainstPrefixItems() {
		Client ann = this.tester.connect();
		ann.emitWithAck("say", "lobby", new ChatApplication.Message("hi")).hasNoArguments();
		ann.emitWithAck("say", "lobby").isError().hasCode("invalid_payload");
	}

	@Test
	void decodingFailuresSayWhatArrived() {
		Client ann = this.tester.connect();
		SocketIoTester.Ack ack = ann.emitWithAck("join", new ChatApplication.Join("lobby", "ann"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ack.as(Integer.class))
			.withMessageStartingWith("Cannot decode the ack of 'join' {")
			.withMessageContaining("\"name\":\"ann\"")
			.withMessageContaining("as java.lang.Integer: Cannot deserialize");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(ack::hasNoArguments)
			.withMessageContaining("expected without arguments");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(ack::isError)
			.withMessageContaining("expected to be an error ack");
		assertThat(ack.arguments()).hasSize(1);
		assertThat(List.of(ack.event())).containsExactly("join");
	}

}
