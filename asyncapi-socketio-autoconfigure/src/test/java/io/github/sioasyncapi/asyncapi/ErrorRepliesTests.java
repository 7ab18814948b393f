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

import java.util.ArrayList;
import java.util.List;

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import io.github.sioasyncapi.asyncapi.golden.GenericsApp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an event may be answered with when it fails is documented: the default error ack, with
 * a code that the application's own codes validate against, and the acks of the exception
 * handlers that apply to the event, local and advice. The error ack's example comes from the
 * application's own events.
 */
class ErrorRepliesTests {

	private static final JsonNode document = JsonMapper.builder()
		.build()
		.readTree(AsyncApiExporter.generate(CorpusApp.class).getJson());

	@Test
	void theAcksOfExceptionHandlersAreRepliesOfTheOperationsTheyApplyTo() {
		assertThat(replies("receiveJoinRoom")).containsExactly("join_room_ack", "error_ack", "chat_error",
				"rate_limited");
		assertThat(replies("receivePostMessage")).as("the controller's handler applies to all its events")
			.containsExactly("post_message_ack", "error_ack", "chat_error", "rate_limited");
		JsonNode chatError = document.at("/components/messages/chat_error");
		assertThat(chatError.path("payload").path("$ref").asString()).isEqualTo("#/components/schemas/ChatError");
		assertThat(chatError.path("description").asString()).contains("ChatController#notInRoom")
			.contains("NotInRoomException");
		assertThat(document.at("/components/messages/rate_limited/description").asString())
			.contains("ChatAdvice#rateLimited");
	}

	@Test
	void theErrorCodeIsOpenToTheApplicationsCodes() {
		JsonNode code = document.at("/components/schemas/Error/properties/code");
		assertThat(code.has("enum")).isFalse();
		assertThat(code.path("type").asString()).isEqualTo("string");
		assertThat(code.path("examples")).extracting(JsonNode::asString)
			.contains("invalid_payload", "unknown_event", "unauthorized", "internal_error");
		assertThat(new DocumentSchemas(document).validate("/components/messages/error_ack/payload",
				JsonMapper.builder().build().readTree("{\"error\": {\"code\": \"private_room\", \"message\": \"no\"}}")))
			.isEmpty();
	}

	@Test
	void theErrorAckExampleIsWhatTheServerAnswersToOneOfTheApplicationsOwnEvents() {
		JsonNode example = document.at("/components/messages/error_ack/examples/0/payload");
		assertThat(example.at("/error/code").asString()).isEqualTo("invalid_payload");
		assertThat(example.at("/error/message").asString()).isEqualTo("attach: payload is invalid");
		assertThat(example.at("/error/violations/0/message").asString()).isEqualTo("is required");
		assertThat(example.at("/error/violations/0/path").asString()).as("attach takes several arguments")
			.isEqualTo("[0]");
		String generics = AsyncApiExporter.generate(GenericsApp.class).getYaml();
		assertThat(generics).doesNotContain("make_move").contains("add_items: payload is invalid");
	}

	private static List<String> replies(String operation) {
		List<String> keys = new ArrayList<>();
		document.at("/operations/" + operation + "/reply/messages")
			.forEach((reference) -> keys.add(reference.path("$ref").asString().replaceAll(".*/", "")));
		return keys;
	}

}
