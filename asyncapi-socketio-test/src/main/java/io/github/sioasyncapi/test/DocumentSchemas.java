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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import com.networknt.schema.path.PathType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The messages of an AsyncAPI 3 document, found the way the document describes the wire, and
 * checked with a JSON Schema (2020-12) validator:
 * <ul>
 * <li>an event the server sends on a namespace is a message of a {@code send} operation of the
 * channel whose {@code address} is the namespace, with the event as its {@code name};</li>
 * <li>the acknowledgement of an event the client emits is one of the {@code reply} messages of
 * the {@code receive} operation of that event; the acknowledgement of an event the document
 * does not describe is one of the replies shared by every operation of the channel that has
 * replies (the error acks).</li>
 * </ul>
 * A message's arguments are its payload: none when the message has no {@code payload}, the
 * array of arguments when the payload has {@code prefixItems} or {@code x-socketio-arguments:
 * true} (an argument list), otherwise exactly one argument. {@code $ref}s resolve within the document.
 * The keywords AsyncAPI's Schema Object adds to JSON Schema ({@code discriminator},
 * {@code externalDocs}), OpenAPI's {@code example} and {@code x-} extensions are known and
 * validate nothing; other unknown keywords are reported by the validator's log.
 */
final class DocumentSchemas {

	/** The keywords of the document's schemas that are not JSON Schema's and validate nothing. */
	static final List<String> DOCUMENT_KEYWORDS = List.of("discriminator", "externalDocs", "example");

	/** JSON Schema 2020-12 with the {@link #DOCUMENT_KEYWORDS} and {@code x-} extensions. */
	static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
		.keywords(DOCUMENT_KEYWORDS.stream().map(NonValidationKeyword::new).toList())
		.unknownKeywordFactory(DocumentSchemas::extensionOrUnknown)
		.build();

	private static final String BASE = "urn:asyncapi-socketio-test:document";

	private static final int MAX_REFERENCE_HOPS = 16;

	private final JsonNode document;

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private DocumentSchemas(JsonNode document, String json) {
		this.document = document;
		this.registry = SchemaRegistry.withDefaultDialect(DIALECT, (builder) -> builder.schemas(Map.of(BASE, json))
			.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
	}

	private static Keyword extensionOrUnknown(String name, SchemaContext context) {
		return name.startsWith("x-") ? new NonValidationKeyword(name)
				: UnknownKeywordFactory.getInstance().getKeyword(name, context);
	}

	/**
	 * Read a document.
	 * @param json the AsyncAPI document as JSON
	 * @return its schemas
	 */
	static DocumentSchemas parse(String json) {
		JsonNode document = WireJson.parse(json);
		if (!document.path("asyncapi").isString()) {
			throw new IllegalArgumentException("Not an AsyncAPI document (no 'asyncapi' version): "
					+ json.substring(0, Math.min(json.length(), 200)));
		}
		return new DocumentSchemas(document, json);
	}

	/**
	 * Check an event the server sent.
	 * @return what does not match, or {@code null} if it matches
	 */
	@Nullable String checkEvent(String namespace, String event, ArrayNode arguments) {
		List<String> messages = new ArrayList<>();
		for (String operation : operations("send", namespace, event)) {
			messages.addAll(operationMessages(operation));
		}
		if (messages.isEmpty()) {
			return "the document has no 'send' operation of an event '" + event + "' on a channel with address '"
					+ namespace + "'";
		}
		return firstMatch(messages, arguments);
	}

	/**
	 * Check the acknowledgement of an event the client emitted.
	 * @return what does not match, or {@code null} if it matches
	 */
	@Nullable String checkAck(String namespace, String event, ArrayNode arguments) {
		List<String> operations = operations("receive", namespace, event);
		List<String> replies;
		if (operations.isEmpty()) {
			replies = sharedReplies(namespace);
			if (replies.isEmpty()) {
				return "the document has no 'receive' operation of an event '" + event
						+ "' on a channel with address '" + namespace + "', nor replies all its operations share";
			}
		}
		else {
			replies = new ArrayList<>();
			for (String operation : operations) {
				replies.addAll(replyMessages(operation));
			}
			if (replies.isEmpty()) {
				return "the operation " + String.join(", ", operations)
						+ " has no 'reply': the document says no acknowledgement is sent";
			}
		}
		return firstMatch(replies, arguments);
	}

	private @Nullable String firstMatch(List<String> messages, ArrayNode arguments) {
		StringBuilder mismatches = new StringBuilder();
		for (String message : messages) {
			List<String> problems = problems(message, arguments);
			if (problems.isEmpty()) {
				return null;
			}
			mismatches.append("\n  message '").append(name(message)).append("' (#").append(message).append("):");
			problems.forEach((problem) -> mismatches.append("\n    ").append(problem));
		}
		String which = (messages.size() == 1) ? "its message" : "any of its " + messages.size() + " messages";
		return "it does not match " + which + mismatches;
	}

	private List<String> problems(String message, ArrayNode arguments) {
		JsonNode payload = at(message).get("payload");
		String schema = message + "/payload";
		if (payload == null) {
			return arguments.isEmpty() ? List.of()
					: List.of("$: " + count(arguments.size()) + ", but the message has no payload");
		}
		if (payload.has("prefixItems") || payload.path("x-socketio-arguments").asBoolean(false)) {
			return validate(schema, arguments);
		}
		if (arguments.size() != 1) {
			return List.of("$: " + count(arguments.size()) + ", but the message has one payload");
		}
		return validate(schema, arguments.get(0));
	}

	private List<String> validate(String pointer, JsonNode instance) {
		Schema schema = this.schemas.computeIfAbsent(pointer,
				(key) -> this.registry.getSchema(SchemaLocation.of(BASE + "#" + key)));
		return schema.validate(instance).stream().map(DocumentSchemas::describe).toList();
	}

	private static String describe(Error error) {
		String location = error.getSchemaLocation().toString();
		String rule = location.startsWith(BASE) ? location.substring(BASE.length()) : location;
		return error.getInstanceLocation() + ": " + error.getMessage() + " [" + error.getKeyword() + ": "
				+ error.getSchemaNode() + " at " + rule + "]";
	}

	private static String count(int arguments) {
		return switch (arguments) {
			case 0 -> "no argument arrived";
			case 1 -> "1 argument arrived";
			default -> arguments + " arguments arrived";
		};
	}

	/**
	 * The JSON pointers of the operations of an action on the namespace's channels whose
	 * messages include the event.
	 */
	private List<String> operations(String action, String namespace, String event) {
		Set<String> channels = channels(namespace);
		List<String> operations = new ArrayList<>();
		this.document.path("operations").properties().forEach((entry) -> {
			JsonNode operation = entry.getValue();
			String pointer = "/operations/" + escape(entry.getKey());
			if (action.equals(operation.path("action").asString(""))
					&& channels.contains(resolve(operation.path("channel")))
					&& operationMessages(pointer).stream().anyMatch((message) -> event.equals(name(message)))) {
				operations.add(pointer);
			}
		});
		return operations;
	}

	/**
	 * The replies every receive operation of the namespace that has replies shares, in the
	 * order of the first.
	 */
	private List<String> sharedReplies(String namespace) {
		Set<String> channels = channels(namespace);
		Set<String> shared = null;
		for (Map.Entry<String, JsonNode> entry : this.document.path("operations").properties()) {
			JsonNode operation = entry.getValue();
			if ("receive".equals(operation.path("action").asString(""))
					&& channels.contains(resolve(operation.path("channel")))) {
				List<String> replies = replyMessages("/operations/" + escape(entry.getKey()));
				if (replies.isEmpty()) {
					continue;
				}
				if (shared == null) {
					shared = new LinkedHashSet<>(replies);
				}
				else {
					shared.retainAll(replies);
				}
			}
		}
		return (shared != null) ? List.copyOf(shared) : List.of();
	}

	private Set<String> channels(String namespace) {
		return this.document.path("channels")
			.properties()
			.stream()
			.filter((entry) -> namespace.equals(entry.getValue().path("address").asString("")))
			.map((entry) -> "/channels/" + escape(entry.getKey()))
			.collect(Collectors.toSet());
	}

	private List<String> operationMessages(String operation) {
		return references(at(operation).path("messages"));
	}

	private List<String> replyMessages(String operation) {
		return references(at(operation).path("reply").path("messages"));
	}

	private List<String> references(JsonNode list) {
		List<String> pointers = new ArrayList<>();
		for (JsonNode reference : list) {
			String pointer = resolve(reference);
			if (pointer != null) {
				pointers.add(pointer);
			}
		}
		return pointers;
	}

	/**
	 * The JSON pointer of what a reference object finally points to, following references to
	 * references (a channel's message is a reference to a component message).
	 */
	private @Nullable String resolve(JsonNode reference) {
		String pointer = null;
		JsonNode node = reference;
		for (int hops = 0; hops < MAX_REFERENCE_HOPS && node.has("$ref"); hops++) {
			String ref = node.get("$ref").asString("");
			if (!ref.startsWith("#")) {
				return null;
			}
			pointer = ref.substring(1);
			node = at(pointer);
		}
		return pointer;
	}

	private String name(String message) {
		JsonNode node = at(message);
		String name = node.path("name").asString("");
		return name.isEmpty() ? message.substring(message.lastIndexOf('/') + 1) : name;
	}

	private JsonNode at(String pointer) {
		return this.document.at(JsonPointer.compile(pointer));
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

}
