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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.security.SocketIoSecurityDocumentation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What Socket.IO clients can rely on, read from an AsyncAPI 3 document: per namespace (a
 * channel's {@code address}), the events a client emits (the application's {@code receive}
 * operations) and the events it listens to ({@code send} operations), each with its payload
 * as Socket.IO arguments and, when the operation has a {@code reply}, its acknowledgement.
 * <p>
 * Any AsyncAPI 3 document is read, not only generated ones: messages and channels may be
 * inline or references, an operation without {@code messages} takes every message of its
 * channel, a payload may be a Multi Format Schema Object. A message payload of
 * {@code type: array} with {@code prefixItems}, or with the extension
 * {@value #ARGUMENTS_EXTENSION}{@code : true}, is an argument list: {@code prefixItems} are
 * the arguments, an {@code items} schema the remaining arguments (zero or more), and
 * {@code minItems} the number of required arguments. Events of the same name in one direction
 * and namespace are merged: their payloads and acknowledgements become alternatives.
 *
 * @since 0.1.0
 */
public final class ClientContract {

	/**
	 * The extension of a message payload schema that is the list of the Socket.IO arguments
	 * ({@code true}), rather than one argument that is an array.
	 */
	public static final String ARGUMENTS_EXTENSION = "x-socketio-arguments";

	private static final String SCHEMAS_PREFIX = "#/components/schemas/";

	private static final int MAX_REFERENCE_HOPS = 64;

	private final JsonNode document;

	private final String source;

	private final List<Namespace> namespaces;

	private ClientContract(JsonNode document, @Nullable String source) {
		String version = document.path("asyncapi").asString("");
		if (!version.startsWith("3.")) {
			throw new IllegalArgumentException("Not an AsyncAPI 3 document: "
					+ (version.isEmpty() ? "it has no 'asyncapi' version" : "its 'asyncapi' version is " + version));
		}
		this.document = document;
		this.source = (source != null) ? source : label().isEmpty() ? "the document" : label();
		this.namespaces = new Reader().read();
	}

	/**
	 * The contract of a document model, as it is served (read after the customizers ran).
	 * @param document the document
	 * @return the contract
	 */
	public static ClientContract of(AsyncApiDocument document) {
		return of(JsonMapper.shared().valueToTree(document));
	}

	/**
	 * The contract of a document tree.
	 * @param document the document, as parsed from YAML or JSON
	 * @return the contract
	 * @throws IllegalArgumentException if the tree is no AsyncAPI 3 document
	 */
	public static ClientContract of(JsonNode document) {
		return new ClientContract(document, null);
	}

	/**
	 * The contract of a document text.
	 * @param text the document as YAML or JSON
	 * @return the contract
	 * @throws IllegalArgumentException if the text is not a YAML or JSON object, or no AsyncAPI 3
	 * document
	 */
	public static ClientContract parse(String text) {
		return new ClientContract(tree(text), null);
	}

	private static JsonNode tree(String text) {
		JsonNode tree;
		try {
			tree = YAMLMapper.shared().readTree(text);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not a YAML or JSON document: " + ex.getOriginalMessage(), ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new IllegalArgumentException("Not an AsyncAPI document: the text is not a YAML or JSON object");
		}
		return tree;
	}

	/**
	 * The contract of a document file.
	 * @param file a YAML or JSON file
	 * @return the contract
	 * @throws UncheckedIOException if the file cannot be read
	 * @throws IllegalArgumentException if the file is not a YAML or JSON object, or no AsyncAPI 3
	 * document
	 */
	public static ClientContract read(Path file) {
		try {
			return new ClientContract(tree(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The document this contract was read from.
	 * @return the document tree
	 */
	public JsonNode document() {
		return this.document;
	}

	/**
	 * Where the document comes from, for messages: the file it was read from, or else its
	 * {@link #label()}.
	 * @return the source
	 */
	public String source() {
		return this.source;
	}

	/**
	 * The title and version of the document, for messages: {@code "Tic-Tac-Toe API 1.0.0"}.
	 * @return the title and version, or an empty string when the document has neither
	 */
	public String label() {
		JsonNode info = this.document.path("info");
		return (info.path("title").asString("") + " " + info.path("version").asString("")).strip();
	}

	/**
	 * The namespaces, in the order of the document's channels.
	 * @return the namespaces
	 */
	public List<Namespace> namespaces() {
		return this.namespaces;
	}

	/**
	 * The bearer token a client sends in its auth data when it connects, as the document's
	 * servers' {@code security} describes it: the first security scheme with the extension
	 * {@value SocketIoSecurityDocumentation#AUTH_PROPERTY_EXTENSION} (the auth data's property)
	 * and {@value SocketIoSecurityDocumentation#AUTH_REQUIRED_EXTENSION} (whether a client
	 * must send it; when absent, it may).
	 * @return the token, or {@code null} when no server's security scheme names an auth data
	 * property
	 */
	public @Nullable AuthToken authToken() {
		for (JsonNode server : this.document.path("servers").values()) {
			for (JsonNode requirement : resolve(server).path("security").values()) {
				JsonNode scheme = resolve(requirement);
				String property = text(scheme, SocketIoSecurityDocumentation.AUTH_PROPERTY_EXTENSION);
				if (property != null) {
					return new AuthToken(property,
							scheme.path(SocketIoSecurityDocumentation.AUTH_REQUIRED_EXTENSION).asBoolean(false));
				}
			}
		}
		return null;
	}

	/**
	 * The named schemas of {@code components.schemas}, in document order.
	 * @return the schemas by name
	 */
	public Map<String, JsonNode> schemas() {
		Map<String, JsonNode> schemas = new LinkedHashMap<>();
		this.document.path("components").path("schemas").properties()
			.forEach((entry) -> schemas.put(entry.getKey(), entry.getValue()));
		return schemas;
	}

	/**
	 * The name of the component schema a node references.
	 * @param node a schema
	 * @return the name, when the node is a {@code $ref} to {@code #/components/schemas/{name}}
	 */
	public static @Nullable String schemaName(JsonNode node) {
		String ref = reference(node);
		if (ref == null || !ref.startsWith(SCHEMAS_PREFIX) || ref.indexOf('/', SCHEMAS_PREFIX.length()) >= 0) {
			return null;
		}
		return ref.substring(SCHEMAS_PREFIX.length()).replace("~1", "/").replace("~0", "~");
	}

	/**
	 * The target of a node's {@code $ref}, followed through chains of references.
	 * @param node a node
	 * @return the node itself when it is no reference; a missing node when a reference is
	 * external, dangling or part of a cycle
	 */
	public JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hop = 0; hop < MAX_REFERENCE_HOPS; hop++) {
			String ref = reference(current);
			if (ref == null) {
				return current;
			}
			if (!ref.startsWith("#")) {
				return MissingNode.getInstance();
			}
			try {
				current = this.document.at(JsonPointer.compile(ref.substring(1)));
			}
			catch (IllegalArgumentException ex) {
				return MissingNode.getInstance();
			}
		}
		return MissingNode.getInstance();
	}

	private static @Nullable String reference(JsonNode node) {
		JsonNode ref = node.isObject() ? node.get("$ref") : null;
		return (ref != null && ref.isString()) ? ref.asString() : null;
	}

	private static @Nullable String text(JsonNode node, String property) {
		JsonNode value = node.get(property);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

	/**
	 * One namespace.
	 *
	 * @param name the namespace, for example {@code /} or {@code /admin}
	 * @param clientToServer the events a client emits, handled by the application
	 * @param serverToClient the events a client listens to, emitted by the application
	 * @param auth the schema of the auth data a client sends when connecting (the channel's
	 * {@code x-socketio-auth}), or {@code null}
	 * @since 0.1.0
	 */
	public record Namespace(String name, List<Event> clientToServer, List<Event> serverToClient,
			@Nullable JsonNode auth) {

		/**
		 * Create a namespace.
		 * @param name the name
		 * @param clientToServer the events a client emits
		 * @param serverToClient the events a client listens to
		 * @param auth the auth data schema
		 */
		public Namespace {
			clientToServer = List.copyOf(clientToServer);
			serverToClient = List.copyOf(serverToClient);
		}

	}

	/**
	 * The bearer token of the auth data a client sends when it connects to any namespace.
	 *
	 * @param property the auth data's property that carries the token, for example
	 * {@code token}
	 * @param required whether a client must send it ({@code false} when the server lets
	 * clients without a token connect as anonymous users)
	 * @since 0.1.0
	 */
	public record AuthToken(String property, boolean required) {
	}

	/**
	 * One event in one direction.
	 *
	 * @param name the event name on the wire
	 * @param summary the message's (or else the operation's) summary
	 * @param description the message's (or else the operation's) description
	 * @param payloads the payloads, one per message (usually one)
	 * @param acks the acknowledgement's payloads, one per reply message (for example the ack
	 * and the error ack); {@code null} when the event is not acknowledged
	 * @since 0.1.0
	 */
	public record Event(String name, @Nullable String summary, @Nullable String description, List<Payload> payloads,
			@Nullable List<Payload> acks) {

		/**
		 * Create an event.
		 * @param name the name
		 * @param summary the summary
		 * @param description the description
		 * @param payloads the payloads
		 * @param acks the acknowledgement payloads, or {@code null}
		 */
		public Event {
			payloads = List.copyOf(payloads);
			acks = (acks != null) ? List.copyOf(acks) : null;
		}

	}

	/**
	 * The payload of one message as Socket.IO arguments.
	 *
	 * @param message the message's name (or key), for example {@code make_move_ack}
	 * @param arguments the schemas of the arguments, as written in the document (references
	 * not followed): none for a message without payload, several for a multi-argument event
	 * @param required how many leading arguments a sender must send (more than
	 * {@code arguments} when some of the remaining arguments are required)
	 * @param remaining the schema of each of the remaining arguments that may follow, or
	 * {@code null} when the message has none
	 * @since 0.1.0
	 */
	public record Payload(String message, List<JsonNode> arguments, int required, @Nullable JsonNode remaining) {

		/**
		 * Create a payload.
		 * @param message the message name
		 * @param arguments the argument schemas
		 * @param required the number of required arguments
		 * @param remaining the schema of the remaining arguments, or {@code null}
		 */
		public Payload {
			arguments = List.copyOf(arguments);
		}

		/**
		 * Create a payload without remaining arguments.
		 * @param message the message name
		 * @param arguments the argument schemas
		 * @param required the number of required arguments
		 */
		public Payload(String message, List<JsonNode> arguments, int required) {
			this(message, arguments, required, null);
		}

		/**
		 * The schema of the argument at a position: one of the {@code arguments}, or else the
		 * schema of the remaining arguments.
		 * @param position the position
		 * @return the schema, or {@code null} when the message has no argument there
		 */
		public @Nullable JsonNode argument(int position) {
			return (position < this.arguments.size()) ? this.arguments.get(position) : this.remaining;
		}

	}

	/**
	 * Reads the namespaces of the document.
	 */
	private final class Reader {

		private final Map<String, Builder> namespaces = new LinkedHashMap<>();

		private final Map<JsonNode, Builder> byChannel = new IdentityHashMap<>();

		List<Namespace> read() {
			for (Map.Entry<String, JsonNode> entry : ClientContract.this.document.path("channels").properties()) {
				JsonNode channel = resolve(entry.getValue());
				if (channel.isObject()) {
					String address = text(channel, "address");
					String name = (address == null) ? "/" : address.startsWith("/") ? address : "/" + address;
					Builder builder = this.namespaces.computeIfAbsent(name, Builder::new);
					this.byChannel.put(channel, builder);
					JsonNode auth = channel.get("x-socketio-auth");
					if (auth != null && builder.auth == null) {
						builder.auth = auth;
					}
				}
			}
			for (Map.Entry<String, JsonNode> entry : ClientContract.this.document.path("operations").properties()) {
				operation(entry.getKey(), resolve(entry.getValue()));
			}
			List<Namespace> result = new ArrayList<>();
			this.namespaces.values().forEach((builder) -> result.add(builder.build()));
			return Collections.unmodifiableList(result);
		}

		private void operation(String id, JsonNode operation) {
			JsonNode channel = resolve(operation.path("channel"));
			Builder namespace = this.byChannel.get(channel);
			String action = operation.path("action").asString("");
			if (namespace == null || !(action.equals("receive") || action.equals("send"))) {
				return;
			}
			Map<String, Event> events = action.equals("receive") ? namespace.clientToServer : namespace.serverToClient;
			List<Payload> acks = null;
			JsonNode reply = resolve(operation.path("reply"));
			if (reply.isObject()) {
				JsonNode replyChannel = reply.has("channel") ? resolve(reply.get("channel")) : channel;
				acks = new ArrayList<>();
				for (Map.Entry<String, JsonNode> message : messages(reply, replyChannel)) {
					acks.add(payload(message.getKey(), message.getValue()));
				}
			}
			for (Map.Entry<String, JsonNode> message : messages(operation, channel)) {
				JsonNode node = message.getValue();
				String name = (text(node, "name") != null) ? text(node, "name") : message.getKey();
				String summary = (text(node, "summary") != null) ? text(node, "summary") : text(operation, "summary");
				String description = (text(node, "description") != null) ? text(node, "description")
						: text(operation, "description");
				Event event = new Event(name, summary, description, List.of(payload(name, node)), acks);
				events.merge(name, event, Reader::merge);
			}
		}

		/**
		 * The messages of an operation or reply by name (or key): those it lists, or every
		 * message of its channel when it lists none.
		 */
		private List<Map.Entry<String, JsonNode>> messages(JsonNode operation, JsonNode channel) {
			List<Map.Entry<String, JsonNode>> messages = new ArrayList<>();
			JsonNode listed = operation.get("messages");
			if (listed != null && listed.isArray()) {
				for (JsonNode reference : listed.values()) {
					String ref = reference(reference);
					String key = (ref != null) ? ref.substring(ref.lastIndexOf('/') + 1) : "message";
					add(messages, key, resolve(reference));
				}
			}
			else {
				for (Map.Entry<String, JsonNode> entry : channel.path("messages").properties()) {
					add(messages, entry.getKey(), resolve(entry.getValue()));
				}
			}
			return messages;
		}

		private static void add(List<Map.Entry<String, JsonNode>> messages, String key, JsonNode message) {
			if (message.isObject()) {
				String name = text(message, "name");
				messages.add(Map.entry((name != null) ? name : key.replace("~1", "/").replace("~0", "~"), message));
			}
		}

		private Payload payload(String name, JsonNode message) {
			JsonNode payload = message.get("payload");
			if (payload == null || payload.isNull()) {
				return new Payload(name, List.of(), 0);
			}
			if (payload.isObject() && payload.has("schemaFormat") && payload.has("schema")) {
				payload = payload.get("schema");
			}
			JsonNode schema = resolve(payload);
			JsonNode prefixItems = schema.get("prefixItems");
			boolean list = (prefixItems != null && prefixItems.isArray())
					|| schema.path(ARGUMENTS_EXTENSION).asBoolean(false);
			if (list && isArrayOrUntyped(schema)) {
				List<JsonNode> arguments = (prefixItems != null && prefixItems.isArray())
						? new ArrayList<>(prefixItems.values()) : List.of();
				JsonNode items = schema.get("items");
				JsonNode remaining = (items != null && items.isObject()) ? items : null;
				int minItems = Math.max(0, schema.path("minItems").asInt(0));
				int required = (remaining != null) ? minItems : Math.min(arguments.size(), minItems);
				return new Payload(name, arguments, required, remaining);
			}
			return new Payload(name, List.of(payload), 1);
		}

		private static boolean isArrayOrUntyped(JsonNode schema) {
			JsonNode type = schema.get("type");
			return type == null || "array".equals(type.asString(""));
		}

		private static Event merge(Event first, Event second) {
			List<Payload> payloads = new ArrayList<>(first.payloads());
			second.payloads().stream().filter((payload) -> !payloads.contains(payload)).forEach(payloads::add);
			List<Payload> acks = null;
			if (first.acks() != null || second.acks() != null) {
				acks = new ArrayList<>((first.acks() != null) ? first.acks() : List.of());
				for (Payload ack : (second.acks() != null) ? second.acks() : List.<Payload>of()) {
					if (!acks.contains(ack)) {
						acks.add(ack);
					}
				}
			}
			return new Event(first.name(), (first.summary() != null) ? first.summary() : second.summary(),
					(first.description() != null) ? first.description() : second.description(), payloads, acks);
		}

	}

	/**
	 * A namespace while it is read.
	 */
	private static final class Builder {

		private final String name;

		private final Map<String, Event> clientToServer = new LinkedHashMap<>();

		private final Map<String, Event> serverToClient = new LinkedHashMap<>();

		private @Nullable JsonNode auth;

		Builder(String name) {
			this.name = name;
		}

		Namespace build() {
			return new Namespace(this.name, List.copyOf(this.clientToServer.values()),
					List.copyOf(this.serverToClient.values()), this.auth);
		}

	}

}
