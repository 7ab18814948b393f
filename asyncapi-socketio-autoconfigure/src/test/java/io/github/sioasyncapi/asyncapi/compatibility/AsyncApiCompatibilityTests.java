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

package io.github.sioasyncapi.asyncapi.compatibility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.testsupport.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Changes of the golden {@code simple.yaml} (a client → server {@code make_move} with ack
 * {@code MoveAck} and the error ack, a server → client {@code move_made}, a server → client
 * {@code invite} that the client acknowledges with an {@code InvitationAnswer}) and how they
 * are classified: the direction decides.
 */
class AsyncApiCompatibilityTests {

	private static final Path SIMPLE = Path.of("src", "test", "resources", "asyncapi", "golden", "simple.yaml");

	private static final Path NAMESPACES = Path.of("src", "test", "resources", "asyncapi", "golden", "namespaces.yaml");

	private static final Path MULTI_ARG = Path.of("src", "test", "resources", "asyncapi", "golden", "multi-arg.yaml");

	@Test
	void theSameDocumentHasNoChange() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
		});
		assertThat(report.changes()).isEmpty();
		assertThat(report.isCompatible()).isTrue();
		assertThat(report).hasToString("Socket.IO API 1.0.0 against " + SIMPLE + ": no change for clients");
	}

	@Test
	void descriptionsAndExamplesDoNotMatter() {
		assertThat(compare(SIMPLE, (document) -> {
			schema(document, "MakeMove").put("description", "Another text");
			message(document, "make_move").remove("examples");
			property(document, "MakeMove", "x").putArray("examples").add(2);
		}).changes()).isEmpty();
	}

	@Test
	void removingAnEventBreaksClientsInBothDirections() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			((ObjectNode) document.get("operations")).remove("receiveMakeMove");
			((ObjectNode) document.get("operations")).remove("sendMoveMade");
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server)", "event removed"),
				new Change(true, "move_made (server → client)", "event removed"));
	}

	@Test
	void addingAnEventIsCompatible() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			ObjectNode operations = (ObjectNode) document.get("operations");
			operations.set("receiveMakeMove2", operations.get("receiveMakeMove").deepCopy());
			message(document, "make_move").put("name", "make_move_2");
			ObjectNode original = (ObjectNode) operations.get("receiveMakeMove");
			ObjectNode messages = (ObjectNode) document.at("/channels/root/messages");
			messages.putObject("make_move_original").put("$ref", "#/components/messages/make_move_original");
			ObjectNode copy = message(document, "make_move").deepCopy().put("name", "make_move");
			((ObjectNode) document.at("/components/messages")).set("make_move_original", copy);
			((ArrayNode) original.get("messages")).removeAll().addObject().put("$ref", "#/channels/root/messages/make_move_original");
		});
		assertThat(report.isCompatible()).as(report.toString()).isTrue();
		assertThat(report.compatible()).containsExactly(new Change(false, "make_move_2 (client → server)", "event added"));
	}

	@Test
	void aRequiredPropertyAddedToWhatClientsSendBreaksThem() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			schema(document, "MakeMove").withObjectProperty("properties").putObject("player").put("type", "string");
			((ArrayNode) schema(document, "MakeMove").get("required")).add("player");
			schema(document, "MoveMade").withObjectProperty("properties").putObject("player").put("type", "string");
			((ArrayNode) schema(document, "MoveMade").get("required")).add("player");
			schema(document, "MakeMove").withObjectProperty("properties").putObject("comment").put("type", "string");
		});
		assertThat(report.breaking())
			.containsExactly(new Change(true, "make_move (client → server) payload.player", "required property added"));
		assertThat(report.compatible()).containsExactly(
				new Change(false, "make_move (client → server) payload.comment", "optional property added"),
				new Change(false, "move_made (server → client) payload.player", "required property added"));
	}

	@Test
	void aPropertyRemovedFromWhatClientsReceiveBreaksThem() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			schema(document, "MoveMade").withObjectProperty("properties").remove("at");
			schema(document, "MakeMove").withObjectProperty("properties").remove("mark");
			ArrayNode required = (ArrayNode) schema(document, "MakeMove").get("required");
			required.remove(required.valueStream().map(JsonNode::asString).toList().indexOf("mark"));
		});
		assertThat(report.breaking())
			.containsExactly(new Change(true, "move_made (server → client) payload.at", "property removed"));
		assertThat(report.compatible()).containsExactly(
				new Change(false, "make_move (client → server) payload.mark", "property removed (clients may still send it)"));
	}

	@Test
	void aChangedTypeBreaksClients() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			property(document, "MakeMove", "gameId").put("type", "integer");
			property(document, "MoveMade", "gameId").put("type", "integer");
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server) payload.gameId", "type changed from string to integer"),
				new Change(true, "move_made (server → client) payload.gameId", "type changed from string to integer"));
	}

	@Test
	void narrowedConstraintsBreakSendersAndWidenedOnesBreakReceivers() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			property(document, "MakeMove", "x").put("maximum", 1);
			property(document, "MakeMove", "y").put("maximum", 3);
			property(document, "MakeMove", "mark").put("pattern", "^[XO]$");
			property(document, "MoveMade", "x").put("maximum", 2);
			property(document, "MoveAck", "moves").put("type", "number");
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server) payload.x", "maximum lowered from 2 to 1"),
				new Change(true, "make_move (client → server) payload.mark", "pattern \"^[XO]$\" added"),
				new Change(true, "make_move (client → server) ack (make_move_ack).moves",
						"type changed from integer to number"));
		assertThat(report.compatible()).containsExactly(
				new Change(false, "make_move (client → server) payload.y", "maximum raised from 2 to 3"),
				new Change(false, "move_made (server → client) payload.x", "maximum lowered from 2147483647 to 2"));
	}

	@Test
	void aReferenceThatMayNowBeNullIsTheSameSchemaOtherwise() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			ObjectNode error = (ObjectNode) schema(document, "ErrorAck").get("properties");
			ObjectNode nullable = error.putObject("error").put("description", "what went wrong");
			nullable.putArray("anyOf").add(error.objectNode().put("$ref", "#/components/schemas/Error"))
				.add(error.objectNode().put("type", "null"));
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server) ack (error_ack).error", "may now be null"),
				new Change(true, "ping (client → server) ack (error_ack).error", "may now be null"));
		assertThat(report.compatible()).isEmpty();
	}

	@Test
	void enumValuesRemovedBreakSendersAndAddedOnesBreakReceivers() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			((ArrayNode) property(document, "MakeMove", "mark").get("enum")).remove(1);
			((ArrayNode) property(document, "MoveMade", "mark").get("enum")).add("Z");
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server) payload.mark", "value \"O\" removed"),
				new Change(true, "move_made (server → client) payload.mark", "value \"Z\" added"));
	}

	@Test
	void ackShapesAreComparedInTheDirectionTheyTravel() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			schema(document, "MoveAck").withObjectProperty("properties").remove("accepted");
			property(document, "MoveAck", "moves").putArray("type").add("integer").add("null");
			schema(document, "InvitationAnswer").withObjectProperty("properties").putObject("reason").put("type", "string");
			((ArrayNode) schema(document, "InvitationAnswer").get("required")).add("reason");
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "make_move (client → server) ack (make_move_ack).accepted", "property removed"),
				new Change(true, "make_move (client → server) ack (make_move_ack).moves", "may now be null"),
				new Change(true, "invite (server → client) ack.reason", "required property added"));
	}

	@Test
	void acknowledgementsAddedOrRemoved() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			((ObjectNode) document.at("/operations/sendInvite")).remove("reply");
			((ObjectNode) document.at("/operations/sendMoveMade")).set("reply",
					document.at("/operations/receivePing/reply").deepCopy());
			((ArrayNode) document.at("/operations/receiveMakeMove/reply/messages")).remove(1);
		});
		assertThat(report.breaking()).containsExactly(
				new Change(true, "invite (server → client) ack", "the server no longer expects an acknowledgement"),
				new Change(true, "move_made (server → client) ack", "the server now expects an acknowledgement"));
		assertThat(report.compatible())
			.containsExactly(new Change(false, "make_move (client → server) ack", "message error_ack no longer sent"));
	}

	@Test
	void namespacesAndMultiArgumentEvents() {
		CompatibilityReport report = compare(NAMESPACES, (document) -> {
			((ObjectNode) document.get("channels")).remove("admin_v2");
			((ObjectNode) document.get("operations")).remove(java.util.List.of("receiveAdminV2Kick", "sendAdminV2Kicked"));
			property(document, "Kick", "user").put("minLength", 3);
		});
		assertThat(report.breaking()).extracting(Change::toString).contains(
				"BREAKING   namespace /admin/v2: namespace removed",
				"BREAKING   admin_kick (client → server) payload.user: minLength raised from 1 to 3",
				"BREAKING   /admin kick (client → server) payload.user: minLength raised from 1 to 3");
	}

	@Test
	void argumentListsAreComparedArgumentByArgumentWithTheirRemainingArguments() {
		CompatibilityReport report = compare(MULTI_ARG, (document) -> {
			// tag: the remaining arguments become integers; label: two of them required
			payload(document, "tag").withObjectProperty("items").put("type", "integer");
			payload(document, "label").put("minItems", 2);
			// move: remaining arguments where extra ones were ignored
			payload(document, "move").putObject("items").put("type", "integer");
			// say: its optional third argument becomes its remaining arguments
			ObjectNode say = payload(document, "say");
			say.set("items", ((ArrayNode) say.get("prefixItems")).remove(2));
			// moved: a third argument; its ack loses its second
			((ArrayNode) payload(document, "moved").get("prefixItems")).addObject().put("type", "boolean");
			payload(document, "moved").put("minItems", 3);
			((ArrayNode) payload(document, "moved_ack").get("prefixItems")).remove(1);
		});
		assertThat(report.breaking()).extracting(Change::toString).containsExactlyInAnyOrder(
				"BREAKING   label (client → server) payload arguments 1…: at least 2 now required, 1 before",
				"BREAKING   tag (client → server) payload arguments 2…: type changed from string to integer",
				"BREAKING   moved (server → client) ack argument 2: argument removed");
		assertThat(report.compatible()).extracting(Change::toString).containsExactlyInAnyOrder(
				"compatible move (client → server) payload arguments 3…: remaining arguments added",
				"compatible say (client → server) payload arguments 4…: remaining arguments added",
				"compatible moved (server → client) payload argument 3: required argument added");
		CompatibilityReport removed = compare(MULTI_ARG, (document) -> payload(document, "tag").put("items", true));
		assertThat(removed.breaking()).extracting(Change::toString)
			.containsExactly("BREAKING   tag (client → server) payload arguments 2…: remaining arguments removed");
	}

	@Test
	void tuplePositionsAndTheirItemsAreCompared() {
		CompatibilityReport report = compare(SIMPLE, (document) -> {
			ObjectNode tuple = schema(document, "MakeMove").withObjectProperty("properties").putObject("path");
			tuple.put("type", "array").putArray("prefixItems").addObject().put("type", "integer");
			tuple.put("items", false);
		});
		assertThat(report.compatible()).extracting(Change::toString)
			.containsExactly("compatible make_move (client → server) payload.path: optional property added");
		CompatibilityReport narrowed = compare(changed(SIMPLE, (document) -> {
			ObjectNode tuple = schema(document, "MakeMove").withObjectProperty("properties").putObject("path");
			tuple.put("type", "array").putArray("prefixItems").addObject().put("type", "integer");
			tuple.put("items", true);
		}), (document) -> {
			ObjectNode tuple = (ObjectNode) schema(document, "MakeMove").get("properties").get("path");
			((ArrayNode) tuple.get("prefixItems")).addObject().put("type", "string");
			tuple.put("items", false);
		});
		assertThat(narrowed.breaking()).extracting(Change::toString).containsExactly(
				"BREAKING   make_move (client → server) payload.path[1]: any value before, now restricted by a schema",
				"BREAKING   make_move (client → server) payload.path[]: no longer accepted");
	}

	@Test
	void assertCompatibleListsWhatBroke() {
		ClientContract committed = ClientContract.read(SIMPLE);
		assertThatNoException().isThrownBy(() -> AsyncApiCompatibility.assertCompatible(committed, committed));
		ClientContract current = ClientContract.of(changed(SIMPLE, (document) -> {
			property(document, "MakeMove", "x").put("maximum", 1);
			schema(document, "MakeMove").withObjectProperty("properties").putObject("comment").put("type", "string");
		}));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> AsyncApiCompatibility.assertCompatible(committed, current))
			.withMessage("Socket.IO API 1.0.0 against " + SIMPLE + ": 1 change breaks existing clients, 1 is compatible\n"
					+ "  BREAKING   make_move (client → server) payload.x: maximum lowered from 2 to 1\n"
					+ "  compatible make_move (client → server) payload.comment: optional property added");
	}

	@Test
	void fromTheCommandLineTheReportGoesToTheStandardOutputAndTheVerdictToTheExitStatus(@TempDir Path directory)
			throws Exception {
		Path narrowed = directory.resolve("narrowed.yaml");
		Files.writeString(narrowed, YAMLMapper.shared().writeValueAsString(changed(SIMPLE,
				(document) -> property(document, "MakeMove", "x").put("maximum", 1))));
		CommandLine compatible = run(SIMPLE.toString(), SIMPLE.toString());
		assertThat(compatible.status()).isZero();
		assertThat(compatible.out()).contains(": no change for clients");
		assertThat(compatible.err()).isEmpty();
		CommandLine breaking = run(SIMPLE.toString(), narrowed.toString());
		assertThat(breaking.status()).isOne();
		assertThat(breaking.out()).contains("BREAKING   make_move (client → server) payload.x: maximum lowered from 2 to 1");
		assertThat(breaking.err()).isEmpty();
		CommandLine usage = run(SIMPLE.toString());
		assertThat(usage.status()).isEqualTo(2);
		assertThat(usage.out()).isEmpty();
		assertThat(usage.err()).contains("usage:");
		CommandLine missing = run(SIMPLE.toString(), directory.resolve("missing.yaml").toString());
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.out()).isEmpty();
		assertThat(missing.err()).contains("Cannot read");
	}

	private static CommandLine run(String... args) throws Exception {
		return CommandLine.capture(() -> AsyncApiCompatibility.run(args));
	}

	private static CompatibilityReport compare(Path committed, Consumer<ObjectNode> change) {
		return AsyncApiCompatibility.compare(ClientContract.read(committed), ClientContract.of(changed(committed, change)));
	}

	private static CompatibilityReport compare(ObjectNode committed, Consumer<ObjectNode> change) {
		ObjectNode current = committed.deepCopy();
		change.accept(current);
		return AsyncApiCompatibility.compare(ClientContract.of(committed), ClientContract.of(current));
	}

	private static ObjectNode changed(Path document, Consumer<ObjectNode> change) {
		ObjectNode copy = (ObjectNode) ClientContract.read(document).document().deepCopy();
		change.accept(copy);
		return copy;
	}

	private static ObjectNode schema(JsonNode document, String name) {
		return (ObjectNode) document.at("/components/schemas/" + name);
	}

	private static ObjectNode property(JsonNode document, String schema, String property) {
		return (ObjectNode) schema(document, schema).get("properties").get(property);
	}

	private static ObjectNode message(JsonNode document, String name) {
		return (ObjectNode) document.at("/components/messages/" + name);
	}

	private static ObjectNode payload(JsonNode document, String message) {
		return (ObjectNode) message(document, message).get("payload");
	}

}
