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

package io.github.sioasyncapi.handler;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.github.sioasyncapi.annotation.RemainingArguments;
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
 * converted from JSON with the application's mapper, or to all remaining arguments: the last
 * payload parameter collects them when it is a varargs parameter ({@code String... tags}) or a
 * {@link RemainingArguments @RemainingArguments} list, each argument converted to the element
 * type like an argument of its own. Conversion never loses data silently: a fractional number
 * for an integer, a number out of the target's range, or a missing or {@code null} argument for
 * a parameter (or element) that is neither {@code Optional} nor {@code @Nullable} is rejected
 * with a {@link RequestValidationException}. A parameter with an explicitly documented model
 * ({@code @OnEvent(payload = ...)}) must also match that model (each remaining argument, for a
 * parameter that collects them).
 *
 * @since 0.1.0
 */
public final class PayloadParameter {

	private final MethodParameter parameter;

	private final int position;

	private final boolean multiple;

	private final Remaining remaining;

	private final ResolvableType type;

	private final ResolvableType valueType;

	private final boolean optional;

	private final boolean nullable;

	private final ObjectMapper mapper;

	private final ObjectReader reader;

	private final ConversionErrors errors;

	private final @Nullable ModelCheck model;

	PayloadParameter(MethodParameter parameter, int position, boolean multiple, boolean last, ObjectMapper mapper,
			ConversionErrors errors, @Nullable ModelCheck model) {
		this.parameter = parameter;
		this.position = position;
		this.remaining = last ? Remaining.of(parameter) : Remaining.NONE;
		this.multiple = multiple || this.remaining != Remaining.NONE;
		this.type = (this.remaining != Remaining.NONE) ? ResolvableType.forMethodParameter(parameter)
				: ResolvableType.forMethodParameter(parameter.nestedIfOptional());
		ResolvableType value = switch (this.remaining) {
			case NONE -> this.type;
			case ARRAY -> this.type.getComponentType();
			case LIST -> this.type.getGeneric(0);
		};
		this.optional = (this.remaining != Remaining.NONE) ? value.resolve(Object.class) == Optional.class
				: parameter.getParameterType() == Optional.class;
		this.valueType = (this.optional && this.remaining != Remaining.NONE) ? value.getGeneric(0) : value;
		this.nullable = switch (this.remaining) {
			case NONE -> parameter.isOptional();
			case ARRAY -> this.optional || parameter.isOptional() || ReturnTypes.hasNullable(elementAnnotatedType());
			case LIST -> this.optional || ReturnTypes.hasNullable(elementAnnotatedType());
		};
		this.mapper = mapper;
		this.reader = mapper.readerFor(mapper.getTypeFactory().constructType(this.valueType.getType()));
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
	 * The position of the argument on the wire, among the event's arguments; for a parameter
	 * that collects the remaining arguments, the position of the first of them.
	 * @return the zero-based position
	 */
	public int getPosition() {
		return this.position;
	}

	/**
	 * Whether this parameter collects all remaining arguments of the event (zero or more): a
	 * varargs parameter or a {@link RemainingArguments @RemainingArguments} list.
	 * @return {@code true} for the parameter of the remaining arguments
	 */
	public boolean isRemaining() {
		return this.remaining != Remaining.NONE;
	}

	/**
	 * The payload type, without an {@code Optional} wrapper; the array or list type of a
	 * parameter that collects the remaining arguments.
	 * @return the type
	 */
	public ResolvableType getType() {
		return this.type;
	}

	/**
	 * The type of one argument: the {@linkplain #getType() payload type}, or the element type
	 * (without an {@code Optional} wrapper) of a parameter that collects the remaining
	 * arguments.
	 * @return the type of one argument
	 */
	public ResolvableType getArgumentType() {
		return this.valueType;
	}

	/**
	 * The payload's annotated type, without an {@code Optional} wrapper, with the type-use
	 * annotations of its elements ({@code List<@NotBlank String>}).
	 * @return the annotated type, or {@code null} for a varargs parameter: Bean Validation
	 * checks no constraints on the elements of an array, so none apply to its arguments
	 */
	public @Nullable AnnotatedType getAnnotatedType() {
		AnnotatedType annotated = this.parameter.getParameter().getAnnotatedType();
		if (this.remaining == Remaining.ARRAY) {
			return null;
		}
		if (this.remaining == Remaining.NONE && this.parameter.getParameterType() == Optional.class
				&& annotated instanceof AnnotatedParameterizedType parameterized) {
			return parameterized.getAnnotatedActualTypeArguments()[0];
		}
		return annotated;
	}

	private @Nullable AnnotatedType elementAnnotatedType() {
		AnnotatedType annotated = this.parameter.getParameter().getAnnotatedType();
		if (annotated instanceof AnnotatedArrayType array) {
			return array.getAnnotatedGenericComponentType();
		}
		if (annotated instanceof AnnotatedParameterizedType parameterized) {
			return parameterized.getAnnotatedActualTypeArguments()[0];
		}
		return null;
	}

	/**
	 * Whether the client must send the argument (not {@code null}); for a parameter that
	 * collects the remaining arguments, whether each of them must not be {@code null}.
	 * @return {@code false} for {@code Optional} and {@code @Nullable} parameters (elements)
	 */
	public boolean isRequired() {
		return !this.nullable;
	}

	/**
	 * The reader that takes this parameter's argument (each of its arguments, for a parameter
	 * that collects the remaining ones) straight from the packet while it is decoded (see
	 * {@link SocketIoJsonSupport#addArgumentReaders}).
	 * @return the reader, or {@code null} if the argument must arrive as a tree: the parameter
	 * is a tree itself, or it is checked against an explicitly documented model first
	 */
	public @Nullable ObjectReader getDirectReader() {
		Class<?> type = this.valueType.resolve(Object.class);
		return (this.model == null && !TreeNode.class.isAssignableFrom(type)) ? this.reader : null;
	}

	/**
	 * Convert this parameter's argument of an invocation.
	 * @param invocation the invocation
	 * @return the converted value: an array or list of the converted remaining arguments for a
	 * parameter that collects them
	 * @throws RequestValidationException if the argument is missing or cannot be converted
	 */
	public @Nullable Object read(SocketIoInvocation invocation) {
		List<Object> arguments = invocation.getArguments();
		if (this.remaining == Remaining.NONE) {
			Object raw = (this.position < arguments.size()) ? arguments.get(this.position) : null;
			return read(invocation, raw, this.multiple ? "[" + this.position + "]" : "");
		}
		int count = Math.max(0, arguments.size() - this.position);
		if (this.remaining == Remaining.ARRAY) {
			Object array = Array.newInstance(this.type.getComponentType().resolve(Object.class), count);
			for (int i = 0; i < count; i++) {
				int at = this.position + i;
				Array.set(array, i, read(invocation, arguments.get(at), "[" + at + "]"));
			}
			return array;
		}
		List<@Nullable Object> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int at = this.position + i;
			values.add(read(invocation, arguments.get(at), "[" + at + "]"));
		}
		return Collections.unmodifiableList(values);
	}

	private @Nullable Object read(SocketIoInvocation invocation, @Nullable Object raw, String prefix) {
		if (raw instanceof DecodedArgument decoded) {
			return this.optional ? Optional.ofNullable(decoded.getValue()) : decoded.getValue();
		}
		JsonNode node = (raw == null || raw instanceof JsonNode) ? (JsonNode) raw : this.mapper.valueToTree(raw);
		if (node == null || node.isNull() || node.isMissingNode()) {
			if (this.nullable) {
				return this.optional ? Optional.empty() : null;
			}
			throw invalid(invocation, ConversionErrors.missing(prefix, node == null || node.isMissingNode()));
		}
		if (this.model != null) {
			List<Violation> violations = this.model.check(node, prefix);
			if (!violations.isEmpty()) {
				throw new RequestValidationException(invocation.getNamespace(), invocation.getEvent(), violations);
			}
		}
		try {
			Object value = this.reader.readValue(node);
			return this.optional ? Optional.ofNullable(value) : value;
		}
		catch (JacksonException ex) {
			throw invalid(invocation, this.errors.toViolation(prefix, node, ex));
		}
	}

	private static RequestValidationException invalid(SocketIoInvocation invocation, Violation violation) {
		return new RequestValidationException(invocation.getNamespace(), invocation.getEvent(), List.of(violation));
	}

	@Override
	public String toString() {
		return isRemaining() ? "payload arguments " + this.position + "... (" + this.valueType + ")"
				: "payload argument " + this.position + " (" + getType() + ")";
	}

	/**
	 * Whether, and how, a parameter collects the remaining arguments.
	 */
	private enum Remaining {

		NONE, ARRAY, LIST;

		static Remaining of(MethodParameter parameter) {
			if (parameter.hasParameterAnnotation(RemainingArguments.class)) {
				return LIST;
			}
			return parameter.getParameter().isVarArgs() ? ARRAY : NONE;
		}

	}

}
