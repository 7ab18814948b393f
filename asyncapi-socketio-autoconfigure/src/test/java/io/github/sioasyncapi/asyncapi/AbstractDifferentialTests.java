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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import io.github.sioasyncapi.asyncapi.PayloadCases.Case;
import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential test of the document against the server it describes, on the corpus of
 * {@link CorpusApp}: for every event, the example composed from its payload schema, the same
 * cut down to what the schema requires, and every mutation of {@link PayloadCases} are sent
 * by a real Socket.IO client to the running server, and the server's verdict (an ack, or an
 * {@code invalid_payload} error ack) must be the document's (networknt's JSON Schema
 * validator on the payload schema). Every ack must match a reply message of its operation,
 * every emitted event its message, and every violation the server reports must name a
 * location of the payload with its wire names. Subclasses run it with different Jackson
 * settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDifferentialTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String MESSAGES = "#/components/messages/";

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	AsyncApiDocumentProvider provider;

	private JsonNode document;

	private DocumentSchemas schemas;

	private Map<String, JsonNode> definitions;

	private SocketIoTestClient client;

	private int caseCount;

	@BeforeAll
	void connect() {
		this.document = json.readTree(this.provider.getJson());
		this.schemas = new DocumentSchemas(this.document);
		this.definitions = new HashMap<>();
		this.document.path("components").path("schemas").properties()
			.forEach((entry) -> this.definitions.put(entry.getKey(), entry.getValue()));
		this.client = SocketIoTestClient.connect(this.port);
	}

	@AfterAll
	void close() {
		if (this.client != null) {
			this.client.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> theDocumentAcceptsExactlyWhatTheServerAccepts() {
		List<DynamicTest> tests = new ArrayList<>();
		receiveOperations().forEach((id, operation) -> tests.add(DynamicTest.dynamicTest(id, () -> check(operation))));
		assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
		tests.add(DynamicTest.dynamicTest("every emitted event matches its message", this::checkEmits));
		return tests.stream();
	}

	@Test
	void timestampsComeBackInTheUnitTheDocumentGives() {
		// the reminder's handler answers what it reads: a timestamp written in one unit and read
		// in another comes back a thousand times larger (or fails the write)
		Map<String, BigDecimal> byDescription = Map.of("Seconds since", new BigDecimal("1796464800.25"),
				"Milliseconds since", new BigDecimal("1796464800250"), "Days since", new BigDecimal("20792"));
		JsonNode schema = this.definitions.get("Reminder");
		ObjectNode payload = (ObjectNode) new ExampleComposer(this.definitions).compose(schema);
		Map<String, BigDecimal> sent = new LinkedHashMap<>();
		schema.path("properties").properties().forEach((property) -> byDescription.forEach((description, value) -> {
			if (property.getValue().path("description").asString().startsWith(description)) {
				sent.put(property.getKey(), value);
				payload.put(property.getKey(), value);
			}
		}));
		assertThat(sent).hasSizeGreaterThanOrEqualTo(3);
		JsonNode answered = this.client.emitWithAck("remind", payload.toString()).get(0);
		sent.forEach((property, value) -> assertThat(answered.path(property).decimalValue())
			.as("%s in %s", property, answered)
			.isEqualByComparingTo(value));
	}

	@Test
	void customErrorAcksMatchReplyMessagesOfTheirOperation() {
		JsonNode operation = receiveOperations().get("receiveJoinRoom");
		String event = message(operation.path("messages").get(0)).path("name").asString();
		for (String room : List.of(CorpusApp.CLOSED_ROOM, CorpusApp.BUSY_ROOM, CorpusApp.PRIVATE_ROOM)) {
			ArrayNode ack = this.client.emitWithAck(event, "{\"room\": \"" + room + "\", \"nickname\": \"ann\"}");
			assertThat(matchingReplies(operation, ack)).as("replies of %s matching %s", event, ack).isNotEmpty();
		}
	}

	private void check(JsonNode operation) {
		JsonNode message = message(operation.path("messages").get(0));
		String event = message.path("name").asString();
		String key = messageKey(operation.path("messages").get(0));
		String payloadPointer = "/components/messages/" + key + "/payload";
		List<String> disagreements = new ArrayList<>();
		JsonNode schema = message.get("payload");
		List<Case> cases;
		if (schema == null) {
			cases = List.of(new Case("no payload", List.of(), ""));
		}
		else {
			JsonNode example = new ExampleComposer(this.definitions).compose(schema);
			cases = new PayloadCases(this.definitions).cases(schema, example);
		}
		List<CompletableFuture<ArrayNode>> acks = new ArrayList<>();
		for (Case candidate : cases) {
			acks.add(this.client.emitWithAckAsync(event,
					candidate.arguments().stream().map(JsonNode::toString).toArray(String[]::new)));
		}
		for (int i = 0; i < cases.size(); i++) {
			Case candidate = cases.get(i);
			ArrayNode ack = acks.get(i).orTimeout(SocketIoTestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
			boolean documentAccepts = (schema == null) ? candidate.arguments().isEmpty()
					: this.schemas.validate(payloadPointer, payload(schema, candidate)).isEmpty();
			compare(operation, schema, candidate, ack, documentAccepts, disagreements);
		}
		this.caseCount += cases.size();
		assertThat(disagreements).as("%s: %d cases, disagreements", event, cases.size()).isEmpty();
	}

	private void compare(JsonNode operation, JsonNode schema, Case candidate, ArrayNode ack, boolean documentAccepts,
			List<String> disagreements) {
		String what = candidate.label() + " " + candidate.arguments() + ": ";
		JsonNode error = isErrorAck(ack) ? ack.get(0).get("error") : null;
		if (error != null && !"invalid_payload".equals(error.path("code").asString())) {
			disagreements.add(what + "the server failed: " + ack);
			return;
		}
		boolean serverAccepts = error == null;
		if (documentAccepts != serverAccepts) {
			disagreements.add(what + "the document " + (documentAccepts ? "accepts" : "rejects") + ", the server "
					+ (serverAccepts ? "accepts" : "rejects with " + error.path("violations")));
		}
		if (matchingReplies(operation, ack).isEmpty()) {
			disagreements.add(what + "the ack " + ack + " matches no reply message");
		}
		if (serverAccepts) {
			return;
		}
		JsonNode violations = error.path("violations");
		if (violations.isEmpty()) {
			disagreements.add(what + "rejected without violations: " + error);
		}
		for (JsonNode violation : violations) {
			String path = violation.path("path").asString();
			if (!within(path, candidate.path()) || !namesALocation(schema, candidate, path)) {
				disagreements.add(what + "the violation path '" + path + "' does not name the changed location '"
						+ candidate.path() + "' with wire names: " + violation);
			}
		}
	}

	private void checkEmits() {
		List<String> disagreements = new ArrayList<>();
		List<SocketIoTestClient.Received> events = this.client.drainEvents();
		for (SocketIoTestClient.Received received : events) {
			String key = sentMessageKey(received.event());
			if (key == null) {
				disagreements.add("'" + received.event() + "' is not documented as sent");
				continue;
			}
			List<Error> errors = this.schemas.validate("/components/messages/" + key + "/payload",
					arguments(key, received.args()));
			if (!errors.isEmpty()) {
				disagreements.add("'" + received.event() + "' " + received.args() + ": " + errors);
			}
		}
		assertThat(events).as("emitted events").isNotEmpty();
		assertThat(disagreements).as("emitted events that do not match their message").isEmpty();
		System.out.println(getClass().getSimpleName() + ": " + this.caseCount + " payloads compared, "
				+ events.size() + " emitted events checked, " + this.definitions.size() + " schemas");
	}

	private JsonNode payload(JsonNode schema, Case candidate) {
		boolean multiple = PayloadCases.isArgumentList(new PayloadCases(this.definitions).select(schema, null));
		if (multiple) {
			ArrayNode arguments = json.createArrayNode();
			candidate.arguments().forEach(arguments::add);
			return arguments;
		}
		return candidate.arguments().isEmpty() ? json.nullNode() : candidate.arguments().get(0);
	}

	private List<String> matchingReplies(JsonNode operation, ArrayNode ack) {
		List<String> matching = new ArrayList<>();
		for (JsonNode reference : operation.path("reply").path("messages")) {
			String key = messageKey(reference);
			JsonNode message = this.document.path("components").path("messages").path(key);
			if (!message.has("payload")) {
				if (ack.isEmpty()) {
					matching.add(key);
				}
			}
			else if ((ack.size() == 1 || isArgumentList(key))
					&& this.schemas.validate("/components/messages/" + key + "/payload", arguments(key, ack)).isEmpty()) {
				matching.add(key);
			}
		}
		return matching;
	}

	/**
	 * The value a message's payload schema describes: the argument list itself, or its only
	 * argument.
	 */
	private JsonNode arguments(String messageKey, ArrayNode arguments) {
		return isArgumentList(messageKey) ? arguments : arguments.get(0);
	}

	private boolean isArgumentList(String messageKey) {
		JsonNode payload = this.document.path("components").path("messages").path(messageKey).path("payload");
		return PayloadCases.isArgumentList(new PayloadCases(this.definitions).select(payload, null));
	}

	private static boolean isErrorAck(ArrayNode ack) {
		return ack.size() == 1 && ack.get(0).path("error").path("code").isString();
	}

	private static boolean within(String path, String location) {
		return location.isEmpty() || path.equals(location) || path.startsWith(location + ".")
				|| path.startsWith(location + "[");
	}

	/**
	 * Whether a violation path names a location the payload schema knows, segment by segment:
	 * property names of the (selected) object schemas, keys of maps, indexes of arrays, or a
	 * property of the payload that the schema refuses as unknown.
	 */
	private boolean namesALocation(JsonNode schema, Case candidate, String path) {
		PayloadCases cases = new PayloadCases(this.definitions);
		JsonNode current = schema;
		JsonNode value = payload(schema, candidate);
		for (String segment : segments(path)) {
			JsonNode selected = cases.select(current, value);
			if (segment.startsWith("[")) {
				int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
				current = cases.itemSchema(selected, index);
				value = (value != null) ? value.get(index) : null;
			}
			else if (selected.path("properties").has(segment) || selected.get("additionalProperties") != null
					&& selected.get("additionalProperties").isObject()) {
				current = cases.propertySchema(selected, segment);
				value = (value != null) ? value.get(segment) : null;
			}
			else {
				// a property the client sent that the schema does not know (when unknown properties are refused)
				return value != null && value.has(segment) && !selected.path("additionalProperties").asBoolean(true);
			}
		}
		return true;
	}

	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (char c : path.toCharArray()) {
			if (c == '.' || c == '[') {
				if (!current.isEmpty()) {
					segments.add(current.toString());
				}
				current.setLength(0);
				if (c == '[') {
					current.append(c);
				}
			}
			else if (c == ']') {
				segments.add(current.append(c).toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			segments.add(current.toString());
		}
		return segments;
	}

	private Map<String, JsonNode> receiveOperations() {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		this.document.path("operations").properties().forEach((entry) -> {
			if ("receive".equals(entry.getValue().path("action").asString())) {
				operations.put(entry.getKey(), entry.getValue());
			}
		});
		return operations;
	}

	private String sentMessageKey(String event) {
		for (JsonNode operation : this.document.path("operations").values()) {
			if ("send".equals(operation.path("action").asString())) {
				JsonNode reference = operation.path("messages").get(0);
				if (event.equals(message(reference).path("name").asString())) {
					return messageKey(reference);
				}
			}
		}
		return null;
	}

	/** The component message a channel message reference leads to. */
	private JsonNode message(JsonNode channelMessageReference) {
		return this.document.path("components").path("messages").path(messageKey(channelMessageReference));
	}

	private String messageKey(JsonNode channelMessageReference) {
		String channelPointer = channelMessageReference.path("$ref").asString().substring(1);
		String componentRef = this.document.at(channelPointer).path("$ref").asString();
		assertThat(componentRef).startsWith(MESSAGES);
		return componentRef.substring(MESSAGES.length());
	}

}
