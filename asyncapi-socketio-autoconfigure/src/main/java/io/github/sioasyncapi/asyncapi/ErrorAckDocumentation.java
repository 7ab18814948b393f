package io.github.sioasyncapi.asyncapi;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.sioasyncapi.asyncapi.model.Message;
import io.github.sioasyncapi.asyncapi.model.MessageExample;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.error.ErrorCode;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents the default {@link ErrorAck}, the acknowledgement of an event that fails
 * (invalid payload, unknown event, unauthorized, internal error). Its schema is generated from
 * the class like any other, then completed with what the class cannot say: which properties
 * are always present and the possible codes. Its example is a real error ack written by the
 * application's mapper.
 */
public final class ErrorAckDocumentation {

	/** The key of the error ack message, in channels and components. */
	public static final String MESSAGE_KEY = "error_ack";

	private final ObjectMapper wireMapper;

	/**
	 * Create the documentation of the error ack.
	 * @param wireMapper the mapper that writes acks
	 */
	public ErrorAckDocumentation(ObjectMapper wireMapper) {
		this.wireMapper = wireMapper;
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
			JsonNode code = error.path("properties").get("code");
			if (code instanceof ObjectNode codeSchema) {
				ArrayNode values = codeSchema.putArray("enum");
				for (ErrorCode value : ErrorCode.values()) {
					values.add(value.code());
				}
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

	private static void required(ObjectNode schema, String... properties) {
		ArrayNode required = schema.putArray("required");
		for (String property : properties) {
			required.add(property);
		}
	}

	/**
	 * The error ack message.
	 * @param schema the schema of the error ack
	 * @return the message
	 */
	Message message(JsonNode schema) {
		Message message = new Message();
		message.setName(MESSAGE_KEY);
		message.setTitle("Error ack");
		message.setSummary("The acknowledgement of an event that failed.");
		message.setDescription("Sent instead of the event's own acknowledgement when the payload is invalid "
				+ "(`invalid_payload`, with the violations and their JSON paths), the event is unknown "
				+ "(`unknown_event`), the client may not do this (`unauthorized`), or the handler failed "
				+ "(`internal_error`, with an id that the server log shows too).");
		message.setContentType(AsyncApiGenerator.CONTENT_TYPE);
		message.setPayload(schema);
		ErrorAck example = ErrorAck.of(ErrorCode.INVALID_PAYLOAD, "make_move: payload is invalid",
				List.of(new Violation("x", "must be less than or equal to 2", 7)), null);
		message.getExamples().add(new MessageExample(this.wireMapper.valueToTree(example)));
		return message;
	}

}
