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

package io.github.sioasyncapi.asyncapi.contract;

import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.contract.ClientContract.Event;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Namespace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading what a document promises clients, from generated and hand-written documents.
 */
class ClientContractTests {

	private static final Path GOLDEN = Path.of("src", "test", "resources", "asyncapi", "golden");

	@Test
	void readsEventsPerNamespaceAndDirection() {
		ClientContract contract = ClientContract.read(GOLDEN.resolve("namespaces.yaml"));
		assertThat(contract.namespaces()).extracting(Namespace::name).containsExactly("/", "/admin", "/admin/v2");
		Namespace root = contract.namespaces().get(0);
		assertThat(root.clientToServer()).extracting(Event::name)
			.containsExactly("admin_kick", "chat:message", "status", "status_ack");
		assertThat(root.serverToClient()).extracting(Event::name).containsExactly("chat:message");
		Event status = root.clientToServer().get(2);
		assertThat(status.payloads()).singleElement().satisfies((payload) -> assertThat(payload.arguments()).isEmpty());
		assertThat(status.acks()).extracting(ClientContract.Payload::message).containsExactly("status_ack", "error_ack");
		assertThat(root.serverToClient().get(0).acks()).isNull();
		assertThat(contract.source()).isEqualTo(GOLDEN.resolve("namespaces.yaml").toString());
		assertThat(contract.label()).isEqualTo("Socket.IO API 1.0.0");
	}

	@Test
	void multiArgumentEventsHaveSeveralArguments() {
		Namespace root = ClientContract.read(GOLDEN.resolve("multi-arg.yaml")).namespaces().get(0);
		ClientContract.Payload say = event(root.clientToServer(), "say").payloads().get(0);
		assertThat(say.arguments()).hasSize(3);
		assertThat(say.required()).isEqualTo(2);
		// extra arguments are ignored, not typed
		assertThat(say.remaining()).isNull();
		ClientContract.Payload where = event(root.clientToServer(), "where").acks().get(0);
		assertThat(where.arguments()).extracting((argument) -> argument.path("title").asString())
			.containsExactly("x", "y", "label");
		assertThat(where.required()).isEqualTo(3);
		ClientContract.Payload moved = event(root.serverToClient(), "moved").payloads().get(0);
		assertThat(moved.arguments()).hasSize(2);
		assertThat(event(root.serverToClient(), "moved").acks().get(0).required()).isEqualTo(1);
	}

	@Test
	void argumentListsHaveRemainingArguments() {
		Namespace root = ClientContract.read(GOLDEN.resolve("multi-arg.yaml")).namespaces().get(0);
		ClientContract.Payload tag = event(root.clientToServer(), "tag").payloads().get(0);
		assertThat(tag.arguments()).hasSize(1);
		assertThat(tag.remaining().path("type").asString()).isEqualTo("string");
		assertThat(tag.argument(5)).isSameAs(tag.remaining());
		assertThat(tag.required()).isEqualTo(1);
		// no prefixItems: the extension says the array is the argument list
		ClientContract.Payload label = event(root.clientToServer(), "label").payloads().get(0);
		assertThat(label.arguments()).isEmpty();
		assertThat(label.remaining()).isNotNull();
		assertThat(label.required()).isEqualTo(1);
		// without it, an array is one argument
		ClientContract.Payload list = event(ClientContract.parse("""
				asyncapi: 3.1.0
				channels: { root: { address: /, messages: { tags: { name: tags, payload: { type: array, items: { type: string } } } } } }
				operations: { receiveTags: { action: receive, channel: { $ref: "#/channels/root" } } }
				""").namespaces().get(0).clientToServer(), "tags").payloads().get(0);
		assertThat(list.arguments()).hasSize(1);
		assertThat(list.remaining()).isNull();
	}

	private static Event event(java.util.List<Event> events, String name) {
		return events.stream().filter((event) -> event.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anOperationWithoutMessagesTakesEveryMessageOfItsChannel() {
		ClientContract contract = ClientContract
			.read(Path.of("src", "test", "resources", "asyncapi", "typescript", "json-schema.yaml"));
		Namespace chat = contract.namespaces().get(1);
		assertThat(chat.name()).isEqualTo("/chat-room");
		assertThat(chat.serverToClient()).extracting(Event::name).containsExactly("say", "said");
	}

	@Test
	void referencesAreFollowedWithinTheDocumentOnly() {
		ClientContract contract = ClientContract.parse("""
				asyncapi: 3.1.0
				components:
				  schemas:
				    A: { $ref: "#/components/schemas/B" }
				    B: { type: string }
				    Loop: { $ref: "#/components/schemas/Loop" }
				""");
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		assertThat(contract.resolve(nodes.objectNode().put("$ref", "#/components/schemas/A")))
			.isEqualTo(nodes.objectNode().put("type", "string"));
		assertThat(contract.resolve(nodes.objectNode().put("$ref", "#/components/schemas/Loop")).isMissingNode()).isTrue();
		assertThat(contract.resolve(nodes.objectNode().put("$ref", "#/components/schemas/None")).isMissingNode()).isTrue();
		assertThat(contract.resolve(nodes.objectNode().put("$ref", "other.yaml#/A")).isMissingNode()).isTrue();
		assertThat(ClientContract.schemaName(nodes.objectNode().put("$ref", "#/components/schemas/a~1b"))).isEqualTo("a/b");
		assertThat(contract.namespaces()).isEmpty();
	}

	@Test
	void badInputGetsAClearError() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientContract.parse("- a list"))
			.withMessageContaining("not a YAML or JSON object");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientContract.parse("{ unclosed"))
			.withMessageStartingWith("Not a YAML or JSON document");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientContract.parse("asyncapi: 2.6.0\nchannels: {}"))
			.withMessage("Not an AsyncAPI 3 document: its 'asyncapi' version is 2.6.0");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientContract.parse("openapi: 3.1.0"))
			.withMessage("Not an AsyncAPI 3 document: it has no 'asyncapi' version");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientContract.read(GOLDEN.resolve("../../redis-tls/ca.crt").normalize()))
			.withMessageContaining("ca.crt: ");
		assertThat(ClientContract.read(GOLDEN.resolve("simple.json")).namespaces().get(0).clientToServer())
			.as("JSON files are read too").extracting(Event::name).containsExactly("make_move", "ping");
	}

}
