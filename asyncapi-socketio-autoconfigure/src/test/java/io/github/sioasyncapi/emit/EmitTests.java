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

package io.github.sioasyncapi.emit;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.validation.EmitValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Emits from handlers ({@link SocketIoEmitter}) and from anywhere ({@link SocketIoTemplate}):
 * targets, validation against {@code @Emits} with nothing sent on failure, and acknowledgements
 * of server-to-client events.
 */
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.ack-timeout=1s" })
@ExtendWith(OutputCaptureExtension.class)
class EmitTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SocketIoTemplate template;

	@Test
	void emitterTargetsSenderRoomNamespaceAndOthers() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port);
				SocketIoTestClient bob = SocketIoTestClient.connect(this.port);
				SocketIoTestClient eve = SocketIoTestClient.connect(this.port)) {
			ann.emitWithAck("join", "\"room-1\"");
			bob.emitWithAck("join", "\"room-1\"");

			ann.emitWithAck("to_sender", "\"just you\"");
			assertThat(ann.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"just you\"}]"));

			ann.emitWithAck("to_room", "{\"room\": \"room-1\", \"text\": \"hi room\"}");
			assertThat(ann.awaitEvent("said")).isEqualTo(json("[{\"room\": \"room-1\", \"text\": \"hi room\"}]"));
			assertThat(bob.awaitEvent("said")).isEqualTo(json("[{\"room\": \"room-1\", \"text\": \"hi room\"}]"));

			ann.emitWithAck("to_others", "\"not me\"");
			assertThat(bob.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"not me\"}]"));
			assertThat(eve.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"not me\"}]"));

			ann.emitWithAck("to_namespace", "\"everyone\"");
			for (SocketIoTestClient client : new SocketIoTestClient[] { ann, bob, eve }) {
				assertThat(client.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"everyone\"}]"));
			}
			assertThat(ann.drainEvents()).isEmpty();
			assertThat(eve.drainEvents()).isEmpty();
		}
	}

	@Test
	void invalidEmitSendsNothingAndFailsTheHandler() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			JsonAck error = new JsonAck(ann.emitWithAck("bad_emit").get(0));
			assertThat(error.code()).isEqualTo("internal_error");
			ann.emitWithAck("to_sender", "\"after\"");
			assertThat(ann.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"after\"}]"));
			assertThat(ann.drainEvents()).isEmpty();
		}
	}

	@Test
	void templateEmitsToClientRoomAndNamespace() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port);
				SocketIoTestClient bob = SocketIoTestClient.connect(this.port)) {
			bob.emitWithAck("join", "\"room-2\"");
			assertThat(this.template.emitToClient("/", UUID.fromString(ann.id()), "notice", new Notice("direct")))
				.isTrue();
			assertThat(ann.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"direct\"}]"));
			this.template.emitToRoom("/", "room-2", "said", new Said("room-2", "from the server"));
			assertThat(bob.awaitEvent("said")).isEqualTo(json("[{\"room\": \"room-2\", \"text\": \"from the server\"}]"));
			this.template.emitToNamespace("/", "notice", new Notice("all"));
			assertThat(ann.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"all\"}]"));
			assertThat(bob.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"all\"}]"));
			assertThat(this.template.emitToClient("/", UUID.randomUUID(), "notice", new Notice("nobody"))).isFalse();
		}
	}

	@Test
	void templateRefusesInvalidPayloadsAndSendsNothing() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToNamespace("/", "notice", new Notice(" ")))
				.satisfies((ex) -> {
					assertThat(ex.getEvent()).isEqualTo("notice");
					assertThat(ex.getViolations()).singleElement()
						.satisfies((violation) -> assertThat(violation.path()).isEqualTo("text"));
				});
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToNamespace("/", "notice", "text", "two arguments"));
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToNamespace("/", "notice", java.util.Map.of("text", java.util.List.of(1, 2))));
			this.template.emitToNamespace("/", "notice", java.util.Map.of("text", "a map of the right shape"));
			assertThat(ann.awaitEvent("notice")).isEqualTo(json("[{\"text\": \"a map of the right shape\"}]"));
			assertThat(ann.drainEvents()).isEmpty();
		}
	}

	@Test
	void undeclaredEventsAreSentWithAWarningOnce(CapturedOutput output) {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			this.template.emitToNamespace("/", "surprise", 1);
			this.template.emitToNamespace("/", "surprise", 2);
			assertThat(ann.awaitEvent("surprise")).isEqualTo(json("[1]"));
			assertThat(ann.awaitEvent("surprise")).isEqualTo(json("[2]"));
			assertThat(output.getOut().split("undeclared event 'surprise'", -1)).hasSize(2);
		}
	}

	@Test
	void clientAcksOfEmittedEventsAreConvertedAndValidated() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			ann.answer("question", "{\"value\": 42}");
			assertThat(ann.emitWithAck("ask").get(0).stringValue()).isEqualTo("answer 42");
		}
		try (SocketIoTestClient bob = SocketIoTestClient.connect(this.port)) {
			bob.answer("question", "{\"value\": -1}");
			assertThat(bob.emitWithAck("ask").get(0)).isEqualTo(json("""
					{"error": {"code": "invalid_payload", "message": "question: ack is invalid",
					 "violations": [{"path": "value", "message": "must be greater than 0", "rejectedValue": -1}]}}"""));
		}
	}

	@Test
	void unansweredEmitsTimeOut() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			assertThat(ann.emitWithAck("ask").get(0).get("error").get("code").stringValue())
				.isEqualTo("internal_error");
		}
	}

	@Test
	void templateAcksCompleteOffTheIoThreads() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			ann.answer("question", "{\"value\": 7}");
			CompletableFuture<String> thread = this.template
				.<Answer>emitWithAck("/", UUID.fromString(ann.id()), "question", new Question("?"))
				.thenApply((answer) -> answer.value() + "@" + Thread.currentThread().getName());
			await().atMost(Duration.ofSeconds(5)).until(thread::isDone);
			assertThat(thread.join()).startsWith("7@socketio-handler-");
		}
	}

	record JsonAck(tools.jackson.databind.JsonNode ack) {

		String code() {
			return this.ack.get("error").get("code").stringValue();
		}

	}

	record Notice(@NotBlank String text) {
	}

	record Said(String room, @NotBlank String text) {
	}

	record Question(String text) {
	}

	record Answer(@Positive int value) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(RoomController.class)
	static class App {

	}

	@SocketIoController
	@Emits(event = "notice", payload = Notice.class)
	static class RoomController {

		@OnEvent("join")
		void join(SocketIOClient client, String room) {
			client.joinRoom(room);
		}

		@OnEvent("to_sender")
		void toSender(String text, SocketIoEmitter emitter) {
			emitter.emit("notice", new Notice(text));
		}

		@OnEvent("to_room")
		@Emits(event = "said", payload = Said.class)
		void toRoom(Said said, SocketIoEmitter emitter) {
			emitter.toRoom(said.room()).emit("said", said);
		}

		@OnEvent("to_others")
		void toOthers(String text, SocketIoEmitter emitter) {
			emitter.toOthers().emit("notice", new Notice(text));
		}

		@OnEvent("to_namespace")
		void toNamespace(String text, SocketIoEmitter emitter) {
			emitter.toNamespace().emit("notice", new Notice(text));
		}

		@OnEvent("bad_emit")
		void badEmit(SocketIoEmitter emitter) {
			emitter.emit("notice", new Notice(""));
		}

		@OnEvent("ask")
		@Emits(event = "question", payload = Question.class, ack = Answer.class)
		CompletableFuture<String> ask(SocketIoEmitter emitter) {
			return emitter.<Answer>emitWithAck("question", new Question("?"))
				.thenApply((answer) -> "answer " + answer.value());
		}

	}

}
