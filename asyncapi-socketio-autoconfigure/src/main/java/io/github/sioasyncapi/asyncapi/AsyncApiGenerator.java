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

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Channel;
import io.github.sioasyncapi.asyncapi.model.Info;
import io.github.sioasyncapi.asyncapi.model.Message;
import io.github.sioasyncapi.asyncapi.model.MessageExample;
import io.github.sioasyncapi.asyncapi.model.Operation;
import io.github.sioasyncapi.asyncapi.model.OperationAction;
import io.github.sioasyncapi.asyncapi.model.OperationReply;
import io.github.sioasyncapi.asyncapi.model.Reference;
import io.github.sioasyncapi.asyncapi.model.Server;
import io.github.sioasyncapi.asyncapi.schema.SchemaGenerator;
import io.github.sioasyncapi.asyncapi.schema.SchemaSet;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.json.ArgumentRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the AsyncAPI 3.1.0 document of a {@link SocketIoApi}:
 * <ul>
 * <li>one channel per namespace: id {@code root} for {@code /}, otherwise the namespace without
 * its leading slash (characters other than {@code [A-Za-z0-9_-]} replaced by {@code _}),
 * {@code address} the namespace, and the connect guard's auth data schema as
 * {@code x-socketio-auth};</li>
 * <li>one message per event, named after the event, with its payload schema (the argument
 * list for an event of several arguments: an array with {@code prefixItems}, {@code items}
 * for the remaining arguments, and {@code x-socketio-arguments: true}) and an example; one
 * message per acknowledgement ({@code <event>_ack}; an argument list too for an
 * {@code @AckArguments} record), the default error ack ({@code error_ack}), and one
 * per type that the application's exception handlers answer with ({@code chat_error} for
 * {@code ChatError}), shared by the operations whose handlers they apply to;</li>
 * <li>a {@code receive<Event>} operation per handled event, its acknowledgement as
 * {@code reply}, and a {@code send<Event>} operation per declared emit. Ids of non-root
 * namespaces start with the namespace ({@code receiveAdminKick}), so that no id changes when
 * another namespace gains an event; remaining clashes get a numeric suffix in document
 * order.</li>
 * </ul>
 * Namespaces and events come sorted from {@link SocketIoApiReader}, so the same code always
 * gives the same document.
 *
 * @since 0.1.0
 */
public final class AsyncApiGenerator {

	/** The content type of every message. */
	public static final String CONTENT_TYPE = "application/json";

	/** The extension of a channel that holds the schema of the connect auth data. */
	public static final String AUTH_EXTENSION = "x-socketio-auth";

	private static final String ROOT_CHANNEL = "root";

	private final SchemaGenerator schemaGenerator;

	private final @Nullable ErrorAckDocumentation errorAcks;

	/**
	 * Create a generator.
	 * @param schemaGenerator the schema generator
	 * @param errorAcks how to document the default error ack, or {@code null} to leave it out
	 * of the replies
	 */
	public AsyncApiGenerator(SchemaGenerator schemaGenerator, @Nullable ErrorAckDocumentation errorAcks) {
		this.schemaGenerator = schemaGenerator;
		this.errorAcks = errorAcks;
	}

	/**
	 * Generate a document.
	 * @param api the API
	 * @param info the info object
	 * @param servers the servers by name
	 * @return the document
	 */
	public AsyncApiDocument generate(SocketIoApi api, Info info, Map<String, Server> servers) {
		AsyncApiDocument document = new AsyncApiDocument();
		document.setInfo(info);
		document.setServers(new LinkedHashMap<>(servers));
		document.setDefaultContentType(CONTENT_TYPE);
		Build build = new Build(document, this.schemaGenerator.newSchemaSet(), api);
		Names.Unique channelIds = new Names.Unique();
		for (SocketIoApi.Namespace namespace : api.namespaces()) {
			String id = channelIds.claim("/".equals(namespace.name()) ? ROOT_CHANNEL
					: Names.key(namespace.name().substring(1)));
			build.namespace(namespace, id);
		}
		build.complete();
		return document;
	}

	/**
	 * The state of one generation.
	 */
	private final class Build {

		private final AsyncApiDocument document;

		private final SchemaSet schemas;

		private final Names.Unique operationIds = new Names.Unique();

		private final Names.Unique messageKeys = new Names.Unique();

		private final List<Message> examplesWanted = new ArrayList<>();

		private final Map<Channel, String> errorAckKeys = new LinkedHashMap<>();

		private final Map<Channel, Map<Type, String>> errorReplyKeys = new HashMap<>();

		private final Map<Type, ErrorReplyMessage> errorReplyMessages = new LinkedHashMap<>();

		private final List<ObjectNode> requiredArguments = new ArrayList<>();

		private final List<RemainingArguments> remainingArguments = new ArrayList<>();

		private final List<ObjectNode> nullableArguments = new ArrayList<>();

		private final SocketIoApi api;

		Build(AsyncApiDocument document, SchemaSet schemas, SocketIoApi api) {
			this.document = document;
			this.schemas = schemas;
			this.api = api;
		}

		void namespace(SocketIoApi.Namespace namespace, String channelId) {
			Channel channel = new Channel();
			channel.setAddress(namespace.name());
			this.document.getChannels().put(channelId, channel);
			boolean root = ROOT_CHANNEL.equals(channelId) && "/".equals(namespace.name());
			ChannelBuild build = new ChannelBuild(channel, channelId, root ? "" : channelId + ".",
					root ? "" : Names.pascal(channelId));
			// event keys first, so that an event keeps its name when an ack would take it
			List<String> receiveKeys = namespace.receives().stream().map(build::claimEventKey).toList();
			List<String> sendKeys = namespace.sends().stream().map(build::claimEventKey).toList();
			for (int i = 0; i < receiveKeys.size(); i++) {
				addMessage(build, receiveKeys.get(i), eventMessage(namespace.receives().get(i), true));
			}
			for (int i = 0; i < sendKeys.size(); i++) {
				addMessage(build, sendKeys.get(i), eventMessage(namespace.sends().get(i), false));
			}
			for (int i = 0; i < receiveKeys.size(); i++) {
				receiveOperation(build, namespace.receives().get(i), receiveKeys.get(i));
			}
			for (int i = 0; i < sendKeys.size(); i++) {
				sendOperation(build, namespace.sends().get(i), sendKeys.get(i));
			}
			if (!namespace.auth().isEmpty()) {
				channel.addExtension(AUTH_EXTENSION, authSchema(namespace.auth()));
			}
		}

		private void receiveOperation(ChannelBuild build, SocketIoApi.Event event, String key) {
			List<String> replies = new ArrayList<>();
			replies.add(addMessage(build, build.keys.claim(key + "_ack"), ackMessage(event, false)));
			if (AsyncApiGenerator.this.errorAcks != null) {
				replies.add(this.errorAckKeys.computeIfAbsent(build.channel,
						(channel) -> build.keys.claim(ErrorAckDocumentation.MESSAGE_KEY)));
			}
			for (SocketIoApi.ErrorReply reply : event.errorReplies()) {
				Type type = reply.type().getType();
				boolean ownAck = event.ack() != null && type.equals(event.ack().getType());
				if (!ownAck && reply.type().resolve(Object.class) != ErrorAck.class) {
					String replyKey = errorReplyKey(build, reply);
					if (!replies.contains(replyKey)) {
						replies.add(replyKey);
					}
				}
			}
			addOperation(OperationAction.RECEIVE, build, event, key, replies);
		}

		/**
		 * The channel's key of the message of an exception handler's ack type: one component
		 * message per type for the whole document, named after the type.
		 */
		private String errorReplyKey(ChannelBuild build, SocketIoApi.ErrorReply reply) {
			Type type = reply.type().getType();
			ErrorReplyMessage message = this.errorReplyMessages.computeIfAbsent(type, (key) -> {
				String name = Names.snake(reply.type().resolve(Object.class).getSimpleName());
				ErrorReplyMessage created = new ErrorReplyMessage(this.messageKeys.claim(name), new Message());
				created.message().setName(name);
				created.message().setTitle(Names.humanize(name));
				created.message().setSummary("The acknowledgement of an event that failed, from the application's "
						+ "exception handlers.");
				created.message().setContentType(CONTENT_TYPE);
				created.message().setPayload(ackSchema(reply.type(), false));
				this.document.getComponents().getMessages().put(created.componentKey(), created.message());
				this.examplesWanted.add(created.message());
				return created;
			});
			message.handlers().add("`@SocketIoExceptionHandler " + reply.handler() + "` ("
					+ String.join(", ", reply.exceptions()) + ")");
			return this.errorReplyKeys.computeIfAbsent(build.channel, (channel) -> new HashMap<>())
				.computeIfAbsent(type, (key) -> {
					String channelKey = build.keys.claim(message.message().getName());
					build.channel.getMessages().put(channelKey, Reference.toMessage(message.componentKey()));
					return channelKey;
				});
		}

		private void sendOperation(ChannelBuild build, SocketIoApi.Event event, String key) {
			List<String> replies = new ArrayList<>();
			if (event.acknowledged()) {
				replies.add(addMessage(build, build.keys.claim(key + "_ack"), ackMessage(event, true)));
			}
			addOperation(OperationAction.SEND, build, event, key, replies);
		}

		private String addMessage(ChannelBuild build, String channelKey, Message message) {
			String componentKey = this.messageKeys.claim(build.componentPrefix + channelKey);
			this.document.getComponents().getMessages().put(componentKey, message);
			build.channel.getMessages().put(channelKey, Reference.toMessage(componentKey));
			return channelKey;
		}

		/**
		 * The message of an event.
		 * @param incoming whether the server receives the event (otherwise sends it)
		 */
		private Message eventMessage(SocketIoApi.Event event, boolean incoming) {
			Message message = new Message();
			message.setName(event.name());
			message.setTitle(Names.humanize(event.name()));
			message.setSummary(textOrNull(event.summary()));
			message.setDescription(textOrNull(event.description()));
			message.setContentType(CONTENT_TYPE);
			message.setPayload(argumentsSchema(event.arguments(), incoming));
			this.examplesWanted.add(message);
			return message;
		}

		/**
		 * The message of an event's acknowledgement.
		 * @param incoming whether the server receives the acknowledgement (otherwise sends it)
		 */
		private Message ackMessage(SocketIoApi.Event event, boolean incoming) {
			Message message = new Message();
			message.setName(event.name() + "_ack");
			message.setTitle(Names.humanize(event.name()) + " ack");
			message.setSummary((event.ack() != null) ? "The acknowledgement of '" + event.name() + "'."
					: "The acknowledgement of '" + event.name() + "', without data.");
			message.setContentType(CONTENT_TYPE);
			if (event.ack() != null) {
				JsonNode schema = ackSchema(event.ack(), incoming);
				message.setPayload((event.ackNullable() && ArgumentRecord.of(event.ack()) == null)
						? orNull((ObjectNode) schema) : schema);
				this.examplesWanted.add(message);
			}
			return message;
		}

		/**
		 * The schema, or {@code null} (unless the schema takes null already, see
		 * {@link #complete()}).
		 */
		private ObjectNode orNull(ObjectNode schema) {
			ObjectNode nullable = JsonNodeFactory.instance.objectNode();
			nullable.putArray("anyOf").add(schema).addObject().put("type", "null");
			this.nullableArguments.add(nullable);
			return nullable;
		}

		/**
		 * The schema of an acknowledgement: its type's, or the arguments of an
		 * {@code @AckArguments} record.
		 */
		private JsonNode ackSchema(ResolvableType type, boolean incoming) {
			ArgumentRecord record = ArgumentRecord.of(type);
			if (record == null) {
				return this.schemas.schemaFor(type);
			}
			JsonNode schema = argumentsSchema(SocketIoApiReader.arguments(record), incoming);
			return (schema != null) ? schema : JsonNodeFactory.instance.objectNode();
		}

		/**
		 * The schema of the arguments of an event or acknowledgement: none, the schema of the
		 * only argument, or the argument list. A list has one {@code prefixItems} schema per
		 * argument, {@code items} for the remaining arguments (or, where the server receives
		 * it, {@code items: true}: it ignores arguments it does not take), {@code minItems}
		 * for the arguments that must be sent (all where the server sends them), and the
		 * extension that tells it from a single argument that is an array.
		 */
		private @Nullable JsonNode argumentsSchema(List<SocketIoApi.Argument> arguments, boolean incoming) {
			if (arguments.isEmpty()) {
				return null;
			}
			SocketIoApi.Argument last = arguments.get(arguments.size() - 1);
			if (arguments.size() == 1 && !last.remaining()) {
				return argumentSchema(last);
			}
			List<SocketIoApi.Argument> fixed = last.remaining() ? arguments.subList(0, arguments.size() - 1) : arguments;
			ObjectNode array = JsonNodeFactory.instance.objectNode();
			array.put("type", "array");
			int minItems = incoming ? 0 : fixed.size();
			if (!fixed.isEmpty()) {
				ArrayNode prefixItems = array.putArray("prefixItems");
				for (int i = 0; i < fixed.size(); i++) {
					prefixItems.add(titled(argumentSchema(fixed.get(i)), fixed.get(i)));
					if (fixed.get(i).required()) {
						minItems = Math.max(minItems, i + 1);
					}
				}
			}
			if (last.remaining()) {
				ObjectNode container = this.schemas.schemaFor(last.type(), last.annotations(), last.annotatedType());
				this.remainingArguments.add(new RemainingArguments(array,
						titled(array.putObject("items"), last), container, fixed.size(), last.required()));
			}
			else if (incoming) {
				array.put("items", true);
			}
			array.put("minItems", minItems);
			array.put(ClientContract.ARGUMENTS_EXTENSION, true);
			return array;
		}

		private ObjectNode argumentSchema(SocketIoApi.Argument argument) {
			ObjectNode schema = this.schemas.schemaFor(argument.type(), argument.annotations(),
					argument.annotatedType());
			if (argument.required()) {
				this.requiredArguments.add(schema);
				return schema;
			}
			return orNull(schema);
		}

		/**
		 * An argument's schema in an argument list, with the name of its parameter or record
		 * component as {@code title}.
		 */
		private ObjectNode titled(ObjectNode schema, SocketIoApi.Argument argument) {
			if (argument.name() != null) {
				schema.put("title", argument.name());
			}
			return schema;
		}

		private JsonNode authSchema(List<SocketIoApi.Argument> auth) {
			if (auth.size() == 1) {
				return argumentSchema(auth.get(0));
			}
			ObjectNode allOf = JsonNodeFactory.instance.objectNode();
			ArrayNode parts = allOf.putArray("allOf");
			auth.forEach((argument) -> parts.add(argumentSchema(argument)));
			return allOf;
		}

		private void addOperation(OperationAction action, ChannelBuild build, SocketIoApi.Event event,
				String messageKey, List<String> replies) {
			String channelId = build.id;
			Operation operation = new Operation();
			operation.setAction(action);
			operation.setChannel(Reference.toChannel(channelId));
			operation.setSummary(textOrNull(event.summary()));
			operation.getMessages().add(Reference.toChannelMessage(channelId, messageKey));
			if (!replies.isEmpty()) {
				OperationReply reply = new OperationReply();
				reply.setChannel(Reference.toChannel(channelId));
				replies.forEach((key) -> reply.getMessages().add(Reference.toChannelMessage(channelId, key)));
				operation.setReply(reply);
			}
			String verb = (action == OperationAction.RECEIVE) ? "receive" : "send";
			String name = Names.pascal(event.name());
			this.document.getOperations()
				.put(this.operationIds.claim(verb + build.operationPrefix + (name.isEmpty() ? "Event" : name)),
						operation);
		}

		void complete() {
			ErrorAckDocumentation errorAcks = AsyncApiGenerator.this.errorAcks;
			ObjectNode errorAckSchema = (errorAcks != null && !this.errorAckKeys.isEmpty())
					? this.schemas.schemaFor(errorAcks.type()) : null;
			Map<String, ObjectNode> definitions = this.schemas.complete();
			this.remainingArguments.forEach(RemainingArguments::complete);
			// a required argument is never null, whatever its type takes (JsonNode takes anything)
			this.requiredArguments.stream()
				.filter(AsyncApiGenerator::takesAnything)
				.forEach((schema) -> schema.putObject("not").put("type", "null"));
			// an optional argument (or a nullable ack) whose schema takes null already needs no alternative
			for (ObjectNode nullable : this.nullableArguments) {
				JsonNode schema = nullable.get("anyOf").get(0);
				if (takesNull(schema)) {
					JsonNode title = nullable.get("title");
					nullable.removeAll();
					if (title != null) {
						nullable.set("title", title);
					}
					nullable.setAll((ObjectNode) schema);
				}
			}
			this.document.getComponents().getSchemas().putAll(definitions);
			if (errorAcks != null && errorAckSchema != null) {
				// one message for all namespaces, after the others
				errorAcks.describe(definitions, this.schemas::nameOf);
				String componentKey = this.messageKeys.claim(ErrorAckDocumentation.MESSAGE_KEY);
				this.document.getComponents().getMessages().put(componentKey, errorAcks.message(errorAckSchema, this.api));
				this.errorAckKeys.forEach((channel, key) -> channel.getMessages().put(key, Reference.toMessage(componentKey)));
			}
			this.errorReplyMessages.values()
				.forEach((reply) -> reply.message().setDescription("Sent instead of the event's own acknowledgement by "
						+ String.join(", ", new LinkedHashSet<>(reply.handlers())) + "."));
			ExampleComposer composer = new ExampleComposer(definitions);
			for (Message message : this.examplesWanted) {
				JsonNode payload = message.getPayload();
				if (payload != null) {
					message.getExamples().add(new MessageExample(composer.compose(payload)));
				}
			}
		}

	}

	/**
	 * The remaining arguments of an argument list: the list's {@code items} are the elements
	 * of the collecting parameter's array or list schema, which is complete only once the
	 * schema set is, with its constraints on their number ({@code @Size}) moved to the list.
	 */
	private record RemainingArguments(ObjectNode list, ObjectNode items, ObjectNode container, int fixed,
			boolean required) {

		void complete() {
			JsonNode elements = this.container.get("items");
			JsonNode element = (elements != null && elements.isObject()) ? elements.deepCopy()
					: JsonNodeFactory.instance.objectNode();
			if (this.required) {
				element = SchemaSet.nonNull(element);
				if (element.isEmpty()) {
					((ObjectNode) element).putObject("not").put("type", "null");
				}
			}
			this.items.setAll((ObjectNode) element);
			int minimum = this.container.path("minItems").asInt(0);
			if (minimum > 0) {
				this.list.put("minItems", Math.max(this.list.path("minItems").asInt(0), this.fixed + minimum));
			}
			if (this.container.path("maxItems").isNumber()) {
				JsonNode extension = this.list.remove(ClientContract.ARGUMENTS_EXTENSION);
				this.list.put("maxItems", this.fixed + this.container.get("maxItems").asInt());
				this.list.set(ClientContract.ARGUMENTS_EXTENSION, extension);
			}
		}

	}

	/**
	 * The message of an exception handler's ack type, with the handlers that send it.
	 */
	private record ErrorReplyMessage(String componentKey, Message message, List<String> handlers) {

		ErrorReplyMessage(String componentKey, Message message) {
			this(componentKey, message, new ArrayList<>());
		}

	}

	/**
	 * The channel being generated, with its keys.
	 */
	private static final class ChannelBuild {

		final Channel channel;

		final String id;

		final String componentPrefix;

		final String operationPrefix;

		final Names.Unique keys = new Names.Unique();

		ChannelBuild(Channel channel, String id, String componentPrefix, String operationPrefix) {
			this.channel = channel;
			this.id = id;
			this.componentPrefix = componentPrefix;
			this.operationPrefix = operationPrefix;
		}

		String claimEventKey(SocketIoApi.Event event) {
			return this.keys.claim(Names.key(event.name()));
		}

	}

	/**
	 * Whether a schema takes any value: it has no keyword but a title.
	 */
	private static boolean takesAnything(ObjectNode schema) {
		return schema.propertyNames().stream().allMatch("title"::equals);
	}

	/**
	 * Whether a schema takes {@code null}: its type says so, or an alternative.
	 */
	private static boolean takesNull(JsonNode schema) {
		JsonNode type = schema.path("type");
		if ("null".equals(type.asString("")) || type.isArray() && type.values().stream().anyMatch((t) -> "null".equals(t.asString("")))) {
			return true;
		}
		for (String keyword : List.of("anyOf", "oneOf")) {
			for (JsonNode branch : schema.path(keyword)) {
				if ("null".equals(branch.path("type").asString(""))) {
					return true;
				}
			}
		}
		return false;
	}

	private static @Nullable String textOrNull(String text) {
		return StringUtils.hasText(text) ? text : null;
	}

}
