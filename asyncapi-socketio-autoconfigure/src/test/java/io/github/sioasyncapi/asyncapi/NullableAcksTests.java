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

package io.github.sioasyncapi.asyncapi;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledgement is {@code null} on the wire only where the document says it may be: an
 * {@code Optional} or {@code @Nullable} return type (or value type of a future) is documented as
 * its type or {@code null}; a handler of another type that returns {@code null} answers with an
 * {@code internal_error} ack, which the document describes, instead of a {@code null} it does
 * not.
 */
@SpringBootTest(classes = NullableAcksTests.App.class,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1" })
class NullableAcksTests {

	private static JsonNode document;

	@Value("${local.socketio.server.port}")
	int port;

	@BeforeAll
	static void generate() {
		document = JsonMapper.builder().build().readTree(AsyncApiExporter.generate(App.class).getJson());
	}

	@ParameterizedTest(name = "{0}: null allowed {1}")
	@CsvSource({ "optional, true", "nullable, true", "nullable_later, true", "plain, false", "later, false" })
	void theDocumentSaysWhetherTheAckMayBeNull(String event, boolean nullable) {
		DocumentSchemas schemas = new DocumentSchemas(document);
		String pointer = "/components/messages/" + event + "_ack/payload";
		assertThat(schemas.validate(pointer, JsonMapper.builder().build().readTree("null")).isEmpty()).as(pointer)
			.isEqualTo(nullable);
		assertThat(schemas.validate(pointer, JsonMapper.builder().build().readTree("{\"name\": \"x\"}"))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "optional", "nullable", "nullable_later", "plain", "later" })
	void whatTheServerAnswersIsWhatTheDocumentSays(String event) {
		ArrayNode found;
		ArrayNode missing;
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			found = client.emitWithAck(event, "\"x\"");
			missing = client.emitWithAck(event, "\"\"");
		}
		DocumentSchemas schemas = new DocumentSchemas(document);
		assertThat(schemas.validate("/components/messages/" + event + "_ack/payload", found.get(0))).isEmpty();
		JsonNode answer = missing.get(0);
		if (answer.isNull()) {
			assertThat(schemas.validate("/components/messages/" + event + "_ack/payload", answer)).isEmpty();
		}
		else {
			assertThat(answer.at("/error/code").asString()).isEqualTo("internal_error");
			assertThat(schemas.validate("/components/messages/error_ack/payload", answer)).isEmpty();
		}
		assertThat(answer.isNull()).as(event).isEqualTo(!event.equals("plain") && !event.equals("later"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "null", "empty" })
	void anExceptionHandlerWithoutAValueHandsTheFailureToTheDefaultErrorAck(String answer) {
		JsonNode ack;
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			ack = client.emitWithAck("refused", "\"" + answer + "\"").get(0);
		}
		assertThat(ack.at("/error/code").asString()).isEqualTo("internal_error");
		assertThat(new DocumentSchemas(document).validate("/components/messages/error_ack/payload", ack)).isEmpty();
	}

	@Test
	void aRecordReturnedWhereAnotherTypeIsDeclaredIsOneArgumentAsDocumented() {
		ArrayNode ack;
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			ack = client.emitWithAck("untyped", "\"x\"");
		}
		assertThat(ack).hasSize(1);
		assertThat(ack.get(0).at("/left").asString()).isEqualTo("x");
		assertThat(new DocumentSchemas(document).validate("/components/messages/untyped_ack/payload", ack.get(0)))
			.isEmpty();
	}

	record Item(String name) {
	}

	@io.github.sioasyncapi.annotation.AckArguments
	record Pair(String left, String right) {
	}

	static class RefusedException extends RuntimeException {

		RefusedException(String message) {
			super(message);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ItemController.class)
	static class App {

	}

	@SocketIoController
	static class ItemController {

		@OnEvent("optional")
		Optional<Item> optional(String name) {
			return name.isEmpty() ? Optional.empty() : Optional.of(new Item(name));
		}

		@OnEvent("nullable")
		@Nullable Item nullable(String name) {
			return name.isEmpty() ? null : new Item(name);
		}

		@OnEvent("nullable_later")
		CompletableFuture<@Nullable Item> nullableLater(String name) {
			return CompletableFuture.completedFuture(name.isEmpty() ? null : new Item(name));
		}

		@OnEvent("plain")
		Item plain(String name) {
			return name.isEmpty() ? null : new Item(name);
		}

		@OnEvent("later")
		CompletableFuture<Item> later(String name) {
			return CompletableFuture.completedFuture(name.isEmpty() ? null : new Item(name));
		}

		@OnEvent("refused")
		Item refused(String answer) {
			throw new RefusedException(answer);
		}

		@OnEvent("untyped")
		Object untyped(String name) {
			return new Pair(name, name);
		}

		@io.github.sioasyncapi.annotation.SocketIoExceptionHandler
		Optional<Item> refusedHandler(RefusedException ex) {
			return ex.getMessage().equals("null") ? null : Optional.empty();
		}

	}

}
