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

package io.github.sioasyncapi.handler;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.github.sioasyncapi.annotation.AckArguments;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.emit.SocketIoTemplate;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.validation.EmitValidationException;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.ResponseValidationException;
import io.github.sioasyncapi.validation.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What the protocol has beyond one argument, against a real server with the Java
 * socket.io-client: the remaining arguments of an event (varargs, {@code @RemainingArguments}
 * lists), acknowledgements of several arguments ({@code @AckArguments} records, both ways), and
 * emitted events of several payload arguments, each argument converted and validated on its
 * own.
 */
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
		"socketio.server.ack-timeout=2s" })
class SeveralArgumentsTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SocketIoTemplate template;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void varargsCollectTheRemainingArguments(boolean polling) {
		SocketIoTestClient.Options options = new SocketIoTestClient.Options();
		if (polling) {
			options.polling();
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, options)) {
			assertThat(client.emitWithAck("tag", "\"lobby\"")).isEqualTo(json("[\"lobby:\"]"));
			assertThat(client.emitWithAck("tag", "\"lobby\"", "\"red\"", "\"blue\"", "\"green\""))
				.isEqualTo(json("[\"lobby:red,blue,green\"]"));
			assertThat(client.emitWithAck("sum")).isEqualTo(json("[0]"));
			assertThat(client.emitWithAck("sum", "1", "2", "39")).isEqualTo(json("[42]"));
		}
	}

	@Test
	void eachRemainingArgumentIsConvertedAndNamedByItsPosition() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(violations(client.emitWithAck("tag", "\"lobby\"", "\"red\"", "5")))
				.isEqualTo(json("[{\"path\": \"[2]\", \"message\": \"must be a string\", \"rejectedValue\": 5}]"));
			assertThat(violations(client.emitWithAck("tag", "\"lobby\"", "null")))
				.isEqualTo(json("[{\"path\": \"[1]\", \"message\": \"must not be null\", \"rejectedValue\": null}]"));
			assertThat(violations(client.emitWithAck("sum", "1", "2.5"))).first()
				.satisfies((violation) -> assertThat(violation.get("path").stringValue()).isEqualTo("[1]"));
			// @Nullable elements may be null
			assertThat(client.emitWithAck("notes", "\"a\"", "null", "\"b\"")).isEqualTo(json("[\"a,null,b\"]"));
		}
	}

	@Test
	void remainingArgumentsAreValidatedOneByOneAndAsAWhole() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			// @Size on the varargs counts the remaining arguments
			assertThat(violations(client.emitWithAck("tag", "\"lobby\"", "\"a\"", "\"b\"", "\"c\"", "\"d\"")))
				.isEqualTo(json("[{\"path\": \"\", \"message\": \"size must be between 0 and 3\","
						+ " \"rejectedValue\": [\"a\", \"b\", \"c\", \"d\"]}]"));
			// the constraints of each element's type, as for a payload
			assertThat(client.emitWithAck("order", "\"table-1\"", "{\"name\": \"tea\", \"quantity\": 2}"))
				.isEqualTo(json("[2]"));
			assertThat(violations(client.emitWithAck("order", "\"table-1\"", "{\"name\": \"tea\", \"quantity\": 2}",
					"{\"name\": \" \", \"quantity\": 0}")))
				.isEqualTo(json("""
						[{"path": "[2].name", "message": "must not be blank", "rejectedValue": " "},
						 {"path": "[2].quantity", "message": "must be greater than or equal to 1", "rejectedValue": 0}]"""));
			// a @RemainingArguments list: constraints on each element, and on their number
			assertThat(client.emitWithAck("label", "\"one\"", "\"two\"")).isEqualTo(json("[[\"one\", \"two\"]]"));
			assertThat(violations(client.emitWithAck("label", "\"one\"", "\"  \"", "\"far too long\"")))
				.isEqualTo(json("""
						[{"path": "[1]", "message": "must not be blank", "rejectedValue": "  "},
						 {"path": "[2]", "message": "size must be between 0 and 5", "rejectedValue": "far too long"}]"""));
			assertThat(violations(client.emitWithAck("label", "[\"one\"]")))
				.isEqualTo(json("[{\"path\": \"[0]\", \"message\": \"must be a string\", \"rejectedValue\": [\"one\"]}]"));
			assertThat(violations(client.emitWithAck("label"))).isEqualTo(
					json("[{\"path\": \"\", \"message\": \"size must be between 1 and 2147483647\", \"rejectedValue\": []}]"));
		}
	}

	@Test
	void anAckArgumentsRecordIsSentAsSeveralArguments() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("where", "3")).isEqualTo(json("[3, 4, \"near the door\"]"));
			assertThat(client.emitWithAck("where", "0")).isEqualTo(json("[0, 1, null]"));
			assertThat(client.emitWithAck("where_later", "5")).isEqualTo(json("[5, 6, \"near the door\"]"));
		}
	}

	@Test
	void anAckArgumentsRecordIsValidatedArgumentByArgument() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("where", "-1")).isEqualTo(json("""
					[{"invalid": "where", "violations": [
					  {"path": "[0]", "message": "must be greater than or equal to 0", "rejectedValue": -1}]}]"""));
			assertThat(client.emitWithAck("nameless")).isEqualTo(json("""
					[{"invalid": "nameless", "violations": [
					  {"path": "[0]", "message": "must not be null", "rejectedValue": null},
					  {"path": "[1].name", "message": "must not be blank", "rejectedValue": ""}]}]"""));
		}
	}

	@Test
	void exceptionHandlersAnswerWithOneOrSeveralArguments() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("refuse", "\"busy\"")).isEqualTo(json("[\"busy\", 1500]"));
			JsonNode error = client.emitWithAck("refuse", "\"other\"").get(0).get("error");
			assertThat(error.get("code").stringValue()).isEqualTo("internal_error");
		}
	}

	@Test
	void emitsOfSeveralArgumentsAreSentAsSuch() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			client.emitWithAck("move", "1", "2");
			assertThat(client.awaitEvent("moved")).isEqualTo(json("[{\"x\": 0, \"y\": 0}, {\"x\": 1, \"y\": 2}]"));
			assertThat(this.template.emitToClient("/", UUID.fromString(client.id()), "moved", new Cell(2, 2),
					new Cell(3, 3))).isTrue();
			assertThat(client.awaitEvent("moved")).isEqualTo(json("[{\"x\": 2, \"y\": 2}, {\"x\": 3, \"y\": 3}]"));
		}
	}

	@Test
	void emitsOfSeveralArgumentsAreValidatedArgumentByArgumentAndNothingIsSent() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			UUID id = UUID.fromString(client.id());
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToClient("/", id, "moved", new Cell(1, 1), new Cell(9, 1)))
				.satisfies((ex) -> assertThat(ex.getViolations())
					.containsExactly(new Violation("[1].x", "must be less than or equal to 7", 9)));
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToClient("/", id, "moved", new Cell(1, 1), null))
				.satisfies((ex) -> assertThat(ex.getViolations())
					.containsExactly(new Violation("[1]", "must not be null", null)));
			assertThatExceptionOfType(EmitValidationException.class)
				.isThrownBy(() -> this.template.emitToClient("/", id, "moved", new Cell(1, 1)))
				.satisfies((ex) -> assertThat(ex.getViolations()).containsExactly(
						new Violation("", "takes exactly 2 payload arguments, but 1 given", null)));
			client.emitWithAck("ping");
			assertThat(client.drainEvents()).isEmpty();
		}
	}

	@Test
	void clientAcksOfSeveralArgumentsAreReadIntoTheRecord() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			client.answer("moved_ack", "true", "\"ann\"");
			CompletableFuture<Seen> seen = this.template.emitWithAck("/", UUID.fromString(client.id()), "moved_ack",
					new Cell(0, 0), new Cell(1, 1));
			await().atMost(Duration.ofSeconds(5)).until(seen::isDone);
			assertThat(seen.join()).isEqualTo(new Seen(true, "ann"));
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			// the second argument is @Nullable: it may be left out
			client.answer("moved_ack", "false");
			assertThat(this.template.<Seen>emitWithAck("/", UUID.fromString(client.id()), "moved_ack", new Cell(0, 0),
					new Cell(1, 1)).orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join())
				.isEqualTo(new Seen(false, null));
		}
	}

	@Test
	void invalidClientAcksOfSeveralArgumentsNameEachArgument() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			client.answer("moved_ack", "\"yes\"", "\"" + "x".repeat(21) + "\"");
			CompletableFuture<Seen> seen = this.template.emitWithAck("/", UUID.fromString(client.id()), "moved_ack",
					new Cell(0, 0), new Cell(1, 1));
			await().atMost(Duration.ofSeconds(5)).until(seen::isDone);
			assertThat(seen).failsWithin(Duration.ZERO)
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(RequestValidationException.class)
				.satisfies((ex) -> assertThat(((RequestValidationException) ex).getViolations()).containsExactly(
						new Violation("[0]", "must be a boolean", json("\"yes\""))));
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			client.answer("moved_ack", "true", "\"" + "x".repeat(21) + "\"");
			CompletableFuture<Seen> seen = this.template.emitWithAck("/", UUID.fromString(client.id()), "moved_ack",
					new Cell(0, 0), new Cell(1, 1));
			await().atMost(Duration.ofSeconds(5)).until(seen::isDone);
			assertThat(seen).failsWithin(Duration.ZERO)
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.havingCause()
				.isInstanceOf(RequestValidationException.class)
				.satisfies((ex) -> assertThat(((RequestValidationException) ex).getViolations()).containsExactly(
						new Violation("[1]", "size must be between 0 and 20", "x".repeat(21))));
		}
	}

	private static JsonNode violations(ArrayNode ack) {
		JsonNode error = ack.get(0).get("error");
		assertThat(error.get("code").stringValue()).as("%s", ack).isEqualTo("invalid_payload");
		return error.get("violations");
	}

	record Cell(@Min(0) @Max(7) int x, @Min(0) @Max(7) int y) {
	}

	record Item(@NotBlank String name, @Min(1) int quantity) {
	}

	record Person(@NotBlank String name) {
	}

	@AckArguments
	record Where(@Min(0) int x, int y, @Nullable String note) {
	}

	@AckArguments
	record Named(String label, Person person) {
	}

	@AckArguments
	record Refused(String reason, long retryAfter) {
	}

	@AckArguments
	record Seen(boolean seen, @Nullable @Size(max = 20) String by) {
	}

	static class BusyException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BusyException(String message) {
			super(message);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ArgumentsController.class)
	static class App {

	}

	@SocketIoController
	@Emits(event = "moved", payload = { Cell.class, Cell.class })
	@Emits(event = "moved_ack", payload = { Cell.class, Cell.class }, ack = Seen.class)
	static class ArgumentsController {

		@OnEvent("tag")
		String tag(String room, @Size(max = 3) String... tags) {
			return room + ":" + String.join(",", tags);
		}

		@OnEvent("sum")
		int sum(int... numbers) {
			return Arrays.stream(numbers).sum();
		}

		@OnEvent("notes")
		String notes(@Nullable String... notes) {
			return Arrays.stream(notes).map(String::valueOf).collect(Collectors.joining(","));
		}

		@OnEvent("order")
		int order(String table, Item... items) {
			return Arrays.stream(items).mapToInt(Item::quantity).sum();
		}

		@OnEvent("label")
		List<String> label(@RemainingArguments @Size(min = 1) List<@NotBlank @Size(max = 5) String> labels) {
			return labels;
		}

		@OnEvent("where")
		Where where(int x) {
			return new Where(x, x + 1, (x > 0) ? "near the door" : null);
		}

		@OnEvent("where_later")
		CompletableFuture<Where> whereLater(int x) {
			return CompletableFuture.supplyAsync(() -> new Where(x, x + 1, "near the door"));
		}

		@OnEvent("nameless")
		Named nameless() {
			return new Named(null, new Person(""));
		}

		@OnEvent("refuse")
		String refuse(String reason) {
			throw new BusyException(reason);
		}

		@OnEvent("move")
		void move(int x, int y, SocketIoEmitter emitter) {
			emitter.emit("moved", new Cell(0, 0), new Cell(x, y));
		}

		@OnEvent("ping")
		void ping() {
		}

		@SocketIoExceptionHandler
		Refused busy(BusyException ex) {
			if (!"busy".equals(ex.getMessage())) {
				throw new IllegalStateException("not handled here");
			}
			return new Refused(ex.getMessage(), 1500);
		}

		@SocketIoExceptionHandler
		java.util.Map<String, Object> invalidAck(ResponseValidationException ex) {
			return java.util.Map.of("invalid", ex.getEvent(), "violations", ex.getViolations());
		}

	}

}
