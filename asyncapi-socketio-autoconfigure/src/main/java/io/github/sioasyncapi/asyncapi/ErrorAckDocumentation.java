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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.sioasyncapi.asyncapi.model.Message;
import io.github.sioasyncapi.asyncapi.model.MessageExample;
import io.github.sioasyncapi.asyncapi.schema.SchemaSet;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.error.ErrorCode;
import io.github.sioasyncapi.error.UnknownEventException;
import io.github.sioasyncapi.validation.ConversionErrors;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents the default {@link ErrorAck}, the acknowledgement of an event that fails
 * (invalid payload, unknown event, unauthorized, internal error), and that the application's
 * exception handlers may send with codes of their own. Its schema is generated from the class
 * like any other, then completed with what the class cannot say: which properties are always
 * present, and the codes, which are not a closed list. Its example is a real error ack, made by
 * the application's {@link ErrorAckFactory} and written by its mapper, for one of the
 * application's own events.
 *
 * @since 0.1.0
 */
public final class ErrorAckDocumentation {

	/** The key of the error ack message, in channels and components. */
	public static final String MESSAGE_KEY = "error_ack";

	private static final String UNKNOWN_EVENT = "no_such_event";

	private final ObjectMapper wireMapper;

	private final ErrorAckFactory errorAcks;

	/**
	 * Create the documentation of the error ack.
	 * @param wireMapper the mapper that writes acks
	 * @param errorAcks what makes the error acks
	 */
	public ErrorAckDocumentation(ObjectMapper wireMapper, ErrorAckFactory errorAcks) {
		this.wireMapper = wireMapper;
		this.errorAcks = errorAcks;
	}

	Class<?> type() {
		return ErrorAck.class;
	}

	/**
	 * Complete the generated schemas of the error ack.
	 * @param definitions the schemas by name
	 * @param names the schema name of a class
	 */
	void describe(Map<String, ObjectNode> definitions, Function<Class<?>, @Nullable String> names) {
		ObjectNode ack = schema(definitions, names, ErrorAck.class);
		if (ack != null) {
			required(ack, "error");
		}
		ObjectNode error = schema(definitions, names, ErrorAck.Error.class);
		if (error != null) {
			required(error, "code", "message");
			// never null: violations are left out when empty, the id when there is none
			if (error.path("properties") instanceof ObjectNode properties) {
				nonNull(properties, "violations");
				nonNull(properties, "id");
				if (properties.get("violations") instanceof ObjectNode violations && violations.get("items") != null) {
					violations.set("items", SchemaSet.nonNull(violations.get("items")));
				}
			}
			if (error.path("properties").get("code") instanceof ObjectNode code) {
				code.remove("enum");
				ArrayNode examples = code.putArray("examples");
				Arrays.stream(ErrorCode.values()).forEach((value) -> examples.add(value.code()));
				code.put("description", "What went wrong: "
						+ Arrays.stream(ErrorCode.values())
							.map((value) -> "`" + value.code() + "`")
							.collect(Collectors.joining(", "))
						+ ", or a code of the application's own exception handlers.");
			}
		}
		ObjectNode violation = schema(definitions, names, Violation.class);
		if (violation != null) {
			required(violation, "path", "message", "rejectedValue");
		}
	}

	private static @Nullable ObjectNode schema(Map<String, ObjectNode> definitions,
			Function<Class<?>, @Nullable String> names, Class<?> type) {
		String name = names.apply(type);
		return (name != null) ? definitions.get(name) : null;
	}

	/**
	 * Make properties required and, but for a rejected value, never {@code null}: the class
	 * always writes them.
	 */
	private static void required(ObjectNode schema, String... properties) {
		ArrayNode required = schema.putArray("required");
		for (String property : properties) {
			required.add(property);
			if (schema.path("properties") instanceof ObjectNode all && !"rejectedValue".equals(property)) {
				nonNull(all, property);
			}
		}
	}

	private static void nonNull(ObjectNode properties, String property) {
		if (properties.get(property) != null) {
			properties.set(property, SchemaSet.nonNull(properties.get(property)));
		}
	}

	/**
	 * The error ack message.
	 * @param schema the schema of the error ack
	 * @param api the API the document describes, for an example of its own
	 * @return the message
	 */
	Message message(JsonNode schema, SocketIoApi api) {
		Message message = new Message();
		message.setName(MESSAGE_KEY);
		message.setTitle("Error ack");
		message.setSummary("The acknowledgement of an event that failed.");
		message.setDescription("Sent instead of the event's own acknowledgement when the payload is invalid "
				+ "(`invalid_payload`, with the violations and their JSON paths), the event is unknown "
				+ "(`unknown_event`), the client has no or bad credentials (`unauthorized`), the client may not "
				+ "do this (`forbidden`), or the handler failed (`internal_error`, with an id that the server log "
				+ "shows too). The application's exception handlers may send it with codes of their own.");
		message.setContentType(AsyncApiGenerator.CONTENT_TYPE);
		message.setPayload(schema);
		message.getExamples().add(new MessageExample(this.wireMapper.valueToTree(example(api))));
		return message;
	}

	/**
	 * What the server answers when the first event of the API that takes a required argument
	 * gets none; an unknown event when no event takes one.
	 */
	private ErrorAck example(SocketIoApi api) {
		for (SocketIoApi.Namespace namespace : api.namespaces()) {
			for (SocketIoApi.Event event : namespace.receives()) {
				List<SocketIoApi.Argument> arguments = event.arguments();
				boolean multiple = arguments.size() > 1 || arguments.stream().anyMatch(SocketIoApi.Argument::remaining);
				for (int i = 0; i < arguments.size(); i++) {
					if (arguments.get(i).required() && !arguments.get(i).remaining()) {
						String path = multiple ? "[" + i + "]" : "";
						return this.errorAcks.forFailure(namespace.name(), event.name(),
								new RequestValidationException(namespace.name(), event.name(),
										List.of(ConversionErrors.missing(path, true))),
								true);
					}
				}
			}
		}
		String namespace = api.namespaces().isEmpty() ? "/" : api.namespaces().get(0).name();
		return this.errorAcks.forFailure(namespace, UNKNOWN_EVENT, new UnknownEventException(namespace, UNKNOWN_EVENT),
				true);
	}

}
