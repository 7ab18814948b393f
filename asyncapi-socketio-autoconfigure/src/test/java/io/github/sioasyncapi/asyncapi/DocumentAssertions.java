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
import java.util.Map;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of a whole document that hold for every document the generator writes.
 */
final class DocumentAssertions {

	private DocumentAssertions() {
	}

	/**
	 * Every {@code $ref} points to a node of the document, and every operation's messages and
	 * reply messages are messages of its channel (as AsyncAPI 3 requires).
	 * @param document the document as a tree
	 */
	static void assertConsistent(JsonNode document) {
		List<String> references = new ArrayList<>();
		collectReferences(document, references);
		assertThat(references).isNotEmpty();
		for (String reference : references) {
			assertThat(reference).startsWith("#/");
			assertThat(document.at(JsonPointer.compile(reference.substring(1))).isMissingNode())
				.as("%s resolves", reference)
				.isFalse();
		}
		for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
			String channel = operation.getValue().path("channel").path("$ref").asString();
			List<JsonNode> messages = new ArrayList<>();
			operation.getValue().path("messages").forEach(messages::add);
			operation.getValue().path("reply").path("messages").forEach(messages::add);
			for (JsonNode message : messages) {
				assertThat(message.path("$ref").asString()).as(operation.getKey()).startsWith(channel + "/messages/");
			}
		}
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			JsonNode ref = node.get("$ref");
			if (ref != null && ref.isString()) {
				references.add(ref.asString());
			}
			node.values().forEach((value) -> collectReferences(value, references));
		}
		else if (node.isArray()) {
			node.values().forEach((value) -> collectReferences(value, references));
		}
	}

}
