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

package io.github.sioasyncapi.validation;

import java.util.List;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.JsonNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid payloads never reach a handler: conversion errors and constraint violations come
 * back as the default {@code invalid_payload} ack, with wire paths.
 */
@SpringBootTest(properties = "socketio.server.port=0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestValidationTests {

	@Value("${local.socketio.server.port}")
	int port;

	SocketIoTestClient client;

	@BeforeAll
	void connect() {
		this.client = SocketIoTestClient.connect(this.port);
	}

	@AfterAll
	void close() {
		this.client.close();
	}

	@Test
	void constraintViolationIsTheDocumentedErrorAck() {
		assertThat(ack("make_move", "{\"gameId\":1,\"x\":7,\"y\":0}")).isEqualTo(json("""
				{"error": {"code": "invalid_payload", "message": "make_move: payload is invalid",
				           "violations": [{"path": "x", "message": "must be less than or equal to 2", "rejectedValue": 7}]}}
				"""));
	}

	@Test
	void validPayloadReachesTheHandler() {
		assertThat(ack("make_move", "{\"gameId\":1,\"x\":2,\"y\":0}")).isEqualTo(json("{\"ok\":true}"));
	}

	@Test
	void everyViolationIsReported() {
		JsonNode violations = ack("make_move", "{\"x\":-1,\"y\":3}").get("error").get("violations");
		assertThat(paths(violations)).containsExactlyInAnyOrder("gameId", "x", "y");
	}

	@Test
	void wrongJsonTypeIsRejectedWithoutClassNames() {
		JsonNode error = ack("make_move", "{\"gameId\":1,\"x\":\"two\",\"y\":0}").get("error");
		assertThat(error).isEqualTo(json("""
				{"code": "invalid_payload", "message": "make_move: payload is invalid",
				 "violations": [{"path": "x", "message": "must be an integer between -2147483648 and 2147483647", "rejectedValue": "two"}]}
				"""));
	}

	@Test
	void fractionalNumberForAnIntegerIsRejectedNotTruncated() {
		JsonNode violation = ack("make_move", "{\"gameId\":1,\"x\":1.7,\"y\":0}").get("error").get("violations").get(0);
		assertThat(violation.get("path").stringValue()).isEqualTo("x");
		assertThat(violation.get("rejectedValue").doubleValue()).isEqualTo(1.7);
	}

	@Test
	void numberOutOfRangeIsRejected() {
		JsonNode violation = ack("make_move", "{\"gameId\":1,\"x\":3000000000,\"y\":0}").get("error")
			.get("violations").get(0);
		assertThat(violation.get("path").stringValue()).isEqualTo("x");
		assertThat(violation.get("message").stringValue()).startsWith("must be an integer");
	}

	@Test
	void missingOrNullPayloadIsRejected() {
		assertThat(ack("make_move").get("error").get("violations"))
			.isEqualTo(json("[{\"path\": \"\", \"message\": \"is required\", \"rejectedValue\": null}]"));
		assertThat(ack("make_move", "null").get("error").get("violations"))
			.isEqualTo(json("[{\"path\": \"\", \"message\": \"must not be null\", \"rejectedValue\": null}]"));
	}

	@Test
	void payloadOfTheWrongShapeIsRejected() {
		assertThat(ack("make_move", "[1,2]").get("error").get("violations").get(0).get("message").stringValue())
			.isEqualTo("must be an object");
		assertThat(ack("make_move", "\"move\"").get("error").get("code").stringValue()).isEqualTo("invalid_payload");
	}

	@Test
	void nestedObjectsAndCollectionElementsAreValidated() {
		JsonNode violations = ack("order", """
				{"customer": "ann", "address": {"city": ""},
				 "items": [{"name": "tea", "quantity": 1}, {"name": "", "quantity": 0}], "tags": ["a", " "]}
				""").get("error").get("violations");
		assertThat(paths(violations)).containsExactlyInAnyOrder("address.city", "items[1].name", "items[1].quantity",
				"tags[1]");
	}

	@Test
	void collectionPayloadElementsAreValidatedWithoutValid() {
		JsonNode violations = ack("items", "[{\"name\": \"tea\", \"quantity\": 1}, {\"name\": \"\", \"quantity\": 2}]")
			.get("error")
			.get("violations");
		assertThat(violations).isEqualTo(json("[{\"path\": \"[1].name\", \"message\": \"must not be blank\", \"rejectedValue\": \"\"}]"));
	}

	@Test
	void methodParameterConstraintsApply() {
		assertThat(ack("range", "11").get("error").get("violations"))
			.isEqualTo(json("[{\"path\": \"\", \"message\": \"must be less than or equal to 10\", \"rejectedValue\": 11}]"));
		assertThat(ack("range", "10")).isEqualTo(json("10"));
	}

	@Test
	void multiArgumentPathsStartWithTheArgumentPosition() {
		JsonNode violations = ack("pair", "\" \"", "{\"name\": \"\", \"quantity\": 1}").get("error").get("violations");
		assertThat(paths(violations)).containsExactlyInAnyOrder("[0]", "[1].name");
	}

	@Test
	void validationGroupsAreHonoured() {
		assertThat(ack("lenient", "{\"nickname\": \"x\"}")).isEqualTo(json("\"x\""));
		assertThat(ack("strict", "{\"nickname\": \"x\"}").get("error").get("violations").get(0).get("path").stringValue())
			.isEqualTo("nickname");
	}

	@Test
	void handlerIsNotCalledForAnInvalidPayload() {
		int before = ack("calls").intValue();
		ack("make_move", "{\"gameId\":0,\"x\":0,\"y\":0}");
		assertThat(ack("calls").intValue()).isEqualTo(before);
	}

	@Test
	void invalidAckIsAnInternalErrorAndIsNotSent() {
		JsonNode error = ack("bad_ack").get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("internal_error");
		assertThat(error.get("message").stringValue()).startsWith("Internal server error (error id ")
			.doesNotContain("Exception")
			.doesNotContain("io.github");
		assertThat(error.get("id").stringValue()).hasSize(36);
		assertThat(error.has("violations")).isFalse();
	}

	@Test
	void explicitlyDocumentedModelsAreEnforced() {
		assertThat(ack("untyped", "{\"name\": \"tea\", \"quantity\": 2}")).isEqualTo(json("{\"value\": \"tea\"}"));
		assertThat(ack("untyped", "{\"name\": \"tea\", \"quantity\": 0}").get("error").get("violations"))
			.isEqualTo(json("[{\"path\": \"quantity\", \"message\": \"must be greater than 0\", \"rejectedValue\": 0}]"));
		assertThat(ack("untyped", "{\"name\": \"tea\", \"quantity\": \"many\"}").get("error").get("code").stringValue())
			.isEqualTo("invalid_payload");
		assertThat(ack("untyped", "{\"name\": \"tea\", \"quantity\": 100}").get("error").get("code").stringValue())
			.as("an ack that breaks its documented model is a server bug")
			.isEqualTo("internal_error");
	}

	private JsonNode ack(String event, String... args) {
		return this.client.emitWithAck(event, args).get(0);
	}

	private static List<String> paths(JsonNode violations) {
		return violations.valueStream().map((violation) -> violation.get("path").stringValue()).toList();
	}

	record MakeMove(@NotNull @Min(1) Long gameId, @Min(0) @Max(2) int x, @Min(0) @Max(2) int y) {
	}

	record Ok(boolean ok) {
	}

	record Address(@NotBlank String city) {
	}

	record Item(@NotBlank String name, @Positive int quantity) {
	}

	record Order(@NotBlank String customer, @Valid Address address, @NotEmpty List<@Valid Item> items,
			List<@NotBlank String> tags) {
	}

	interface Strict {

	}

	record Profile(@Size(min = 3, groups = Strict.class) String nickname) {
	}

	record Result(@NotBlank String value) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ ValidatingController.class, StrictController.class })
	static class App {

	}

	@SocketIoController
	static class ValidatingController {

		private int calls;

		@OnEvent("make_move")
		Ok makeMove(MakeMove move) {
			this.calls++;
			return new Ok(true);
		}

		@OnEvent("calls")
		int calls() {
			return this.calls;
		}

		@OnEvent("order")
		int order(Order order) {
			return order.items().size();
		}

		@OnEvent("items")
		int items(List<Item> items) {
			return items.size();
		}

		@OnEvent("range")
		int range(@Min(1) @Max(10) int value) {
			return value;
		}

		@OnEvent("pair")
		String pair(@NotBlank String name, Item item) {
			return name;
		}

		@OnEvent("lenient")
		String lenient(Profile profile) {
			return profile.nickname();
		}

		@OnEvent("bad_ack")
		Result badAck() {
			return new Result("");
		}

		@OnEvent(value = "untyped", payload = Item.class, ack = Result.class)
		java.util.Map<String, Object> untyped(java.util.Map<String, Object> item) {
			return java.util.Map.of("value", ((Integer) item.get("quantity") < 100) ? item.get("name") : "");
		}

	}

	@SocketIoController
	static class StrictController {

		@OnEvent("strict")
		@Validated(Strict.class)
		String strict(Profile profile) {
			return profile.nickname();
		}

	}

}
