package io.github.sioasyncapi.handler;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.List;
import java.util.Optional;

import io.github.sioasyncapi.json.DecodedArgument;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.validation.ConversionErrors;
import io.github.sioasyncapi.validation.ModelCheck;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TreeNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * A handler parameter bound to one argument of the event (or to the connect auth data),
 * converted from JSON with the application's mapper. Conversion never loses data silently: a
 * fractional number for an integer, a number out of the target's range, or a missing or
 * {@code null} argument for a parameter that is neither {@code Optional} nor {@code @Nullable}
 * is rejected with a {@link RequestValidationException}. A parameter with an explicitly
 * documented model ({@code @OnEvent(payload = ...)}) must also match that model.
 */
public final class PayloadParameter {

	private final MethodParameter parameter;

	private final int position;

	private final String prefix;

	private final boolean optional;

	private final boolean nullable;

	private final ObjectMapper mapper;

	private final ObjectReader reader;

	private final ConversionErrors errors;

	private final @Nullable ModelCheck model;

	private final ResolvableType type;

	PayloadParameter(MethodParameter parameter, int position, boolean multiple, ObjectMapper mapper,
			ConversionErrors errors, @Nullable ModelCheck model) {
		this.parameter = parameter;
		this.position = position;
		this.prefix = multiple ? "[" + position + "]" : "";
		this.optional = parameter.getParameterType() == Optional.class;
		this.nullable = parameter.isOptional();
		this.type = ResolvableType.forMethodParameter(parameter.nestedIfOptional());
		this.mapper = mapper;
		this.reader = mapper.readerFor(mapper.getTypeFactory().constructType(getType().getType()));
		this.errors = errors;
		this.model = model;
	}

	/**
	 * The method parameter.
	 * @return the parameter
	 */
	public MethodParameter getParameter() {
		return this.parameter;
	}

	/**
	 * The position of the argument on the wire, among the event's arguments.
	 * @return the zero-based position
	 */
	public int getPosition() {
		return this.position;
	}

	/**
	 * The payload type, without an {@code Optional} wrapper.
	 * @return the type
	 */
	public ResolvableType getType() {
		return this.type;
	}

	/**
	 * The payload's annotated type, without an {@code Optional} wrapper, with the type-use
	 * annotations of its elements ({@code List<@NotBlank String>}).
	 * @return the annotated type
	 */
	public AnnotatedType getAnnotatedType() {
		AnnotatedType annotated = this.parameter.getParameter().getAnnotatedType();
		if (this.optional && annotated instanceof AnnotatedParameterizedType parameterized) {
			return parameterized.getAnnotatedActualTypeArguments()[0];
		}
		return annotated;
	}

	/**
	 * Whether the client must send the argument (not {@code null}).
	 * @return {@code false} for {@code Optional} and {@code @Nullable} parameters
	 */
	public boolean isRequired() {
		return !this.nullable;
	}

	/**
	 * The reader that takes this parameter's argument straight from the packet while it is
	 * decoded (see {@link SocketIoJsonSupport#addArgumentReaders}).
	 * @return the reader, or {@code null} if the argument must arrive as a tree: the parameter
	 * is a tree itself, or it is checked against an explicitly documented model first
	 */
	public @Nullable ObjectReader getDirectReader() {
		Class<?> type = getType().toClass();
		return (this.model == null && !TreeNode.class.isAssignableFrom(type)) ? this.reader : null;
	}

	/**
	 * Convert this parameter's argument of an invocation.
	 * @param invocation the invocation
	 * @return the converted value
	 * @throws RequestValidationException if the argument is missing or cannot be converted
	 */
	public @Nullable Object read(SocketIoInvocation invocation) {
		List<Object> arguments = invocation.getArguments();
		Object raw = (this.position < arguments.size()) ? arguments.get(this.position) : null;
		if (raw instanceof DecodedArgument decoded) {
			return this.optional ? Optional.ofNullable(decoded.getValue()) : decoded.getValue();
		}
		JsonNode node = (raw == null || raw instanceof JsonNode) ? (JsonNode) raw : this.mapper.valueToTree(raw);
		if (node == null || node.isNull() || node.isMissingNode()) {
			if (this.nullable) {
				return this.optional ? Optional.empty() : null;
			}
			throw invalid(invocation, ConversionErrors.missing(this.prefix, node == null || node.isMissingNode()));
		}
		if (this.model != null) {
			List<Violation> violations = this.model.check(node, this.prefix);
			if (!violations.isEmpty()) {
				throw new RequestValidationException(invocation.getNamespace(), invocation.getEvent(), violations);
			}
		}
		try {
			Object value = this.reader.readValue(node);
			return this.optional ? Optional.ofNullable(value) : value;
		}
		catch (JacksonException ex) {
			throw invalid(invocation, this.errors.toViolation(this.prefix, node, ex));
		}
	}

	private static RequestValidationException invalid(SocketIoInvocation invocation, Violation violation) {
		return new RequestValidationException(invocation.getNamespace(), invocation.getEvent(), List.of(violation));
	}

	@Override
	public String toString() {
		return "payload argument " + this.position + " (" + getType() + ")";
	}

}
