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

package io.github.sioasyncapi.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.sioasyncapi.json.DateTimeFormException;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Describes why a JSON value could not be converted to a Java type, in words a client
 * understands: no Java class names, the path and value as the client sent them, and for a
 * polymorphic type the type ids it accepts.
 *
 * @since 0.1.0
 */
public final class ConversionErrors {

	private final WireFormat wire;

	/**
	 * Create the descriptions of a wire format's conversion errors.
	 * @param wire the wire format of the payloads
	 */
	public ConversionErrors(WireFormat wire) {
		this.wire = wire;
	}

	/**
	 * The violation for a failed conversion.
	 * @param prefix a prefix for the value's position, such as {@code [1]}, or empty
	 * @param value the JSON value that was converted
	 * @param ex the conversion failure
	 * @return the violation
	 */
	public Violation toViolation(String prefix, JsonNode value, JacksonException ex) {
		if (ex instanceof InvalidTypeIdException typeId) {
			return typeIdViolation(prefix, typeId);
		}
		JsonNode rejected = WirePaths.valueAt(value, ex);
		String path = WirePaths.of(prefix, ex);
		if (ex instanceof MismatchedInputException && !ex.getPath().isEmpty()
				&& (rejected == null || rejected.isMissingNode())) {
			// a creator property that Jackson does not read without (a primitive)
			return missing(path, true);
		}
		return new Violation(path, message(ex), rejected);
	}

	/**
	 * A missing or unknown type id of a polymorphic value, at the type id property.
	 */
	private Violation typeIdViolation(String prefix, InvalidTypeIdException ex) {
		String path = WirePaths.of(prefix, ex);
		JavaType base = ex.getBaseType();
		Polymorphism polymorphism = (base != null) ? this.wire.polymorphism(base.getRawClass()) : null;
		if (polymorphism == null) {
			return new Violation(path, "is not a known type", ex.getTypeId());
		}
		if (polymorphism.deduction()) {
			String properties = polymorphism.variants()
				.stream()
				.flatMap((variant) -> variant.deducedBy().stream())
				.collect(Collectors.joining(", ", "[", "]"));
			return new Violation(path, "must have one of the properties that tell its type apart: " + properties,
					null);
		}
		if (polymorphism.property() != null) {
			path = WirePaths.child(path, polymorphism.property());
		}
		String ids = polymorphism.ids().stream().collect(Collectors.joining(", ", "[", "]"));
		return (ex.getTypeId() != null) ? new Violation(path, "must be one of " + ids, ex.getTypeId())
				: new Violation(path, "is required: one of " + ids, null);
	}

	/**
	 * The violation for a missing or {@code null} value.
	 * @param prefix the value's position, or empty
	 * @param missing whether the value was absent rather than {@code null}
	 * @return the violation
	 */
	public static Violation missing(String prefix, boolean missing) {
		return new Violation(prefix, missing ? "is required" : "must not be null", null);
	}

	private String message(JacksonException ex) {
		if (ex instanceof InvalidNullException) {
			return "must not be null";
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known property";
		}
		if (ex instanceof DateTimeFormException form) {
			return "must be " + form.getExpected();
		}
		if (ex instanceof ValueInstantiationException && ex.getCause() != null && ex.getCause().getMessage() != null) {
			return "is invalid: " + ex.getCause().getMessage();
		}
		Class<?> target = targetType(ex);
		return (target != null) ? "must be " + describe(target) : "is not valid";
	}

	private static @Nullable Class<?> targetType(JacksonException ex) {
		if (ex instanceof MismatchedInputException mismatch) {
			return mismatch.getTargetType();
		}
		if (ex instanceof InputCoercionException coercion) {
			return coercion.getTargetType();
		}
		return null;
	}

	/**
	 * Describe a Java type as the JSON a client must send for it.
	 * @param type the Java type
	 * @return for example {@code an integer} or {@code one of [X, O]}
	 */
	String describe(Class<?> type) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (boxed == Boolean.class) {
			return "a boolean";
		}
		if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class
				|| boxed == BigInteger.class) {
			return "an integer" + range(boxed);
		}
		if (boxed == Float.class) {
			return "a number between " + -WireFormat.FLOAT_LIMIT + " and " + WireFormat.FLOAT_LIMIT;
		}
		if (Number.class.isAssignableFrom(boxed) || boxed == BigDecimal.class) {
			return "a number";
		}
		if (boxed == String.class || boxed == Character.class || boxed == UUID.class) {
			return (boxed == UUID.class) ? "a UUID string" : "a string";
		}
		if (boxed.isEnum()) {
			return "one of " + Arrays.stream(boxed.getEnumConstants())
				.map((constant) -> this.wire.getMapper().valueToTree(constant).asString(String.valueOf(constant)))
				.collect(Collectors.joining(", ", "[", "]"));
		}
		if (Temporal.class.isAssignableFrom(boxed) || TemporalAmount.class.isAssignableFrom(boxed)) {
			return "an ISO-8601 date/time string";
		}
		if (boxed.isArray() || Collection.class.isAssignableFrom(boxed)) {
			return "an array";
		}
		if (Map.class.isAssignableFrom(boxed) || !boxed.getName().startsWith("java.")) {
			return "an object";
		}
		return "a valid value";
	}

	private static String range(Class<?> integral) {
		if (integral == Integer.class) {
			return " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
		}
		if (integral == Short.class) {
			return " between " + Short.MIN_VALUE + " and " + Short.MAX_VALUE;
		}
		if (integral == Byte.class) {
			return " between " + Byte.MIN_VALUE + " and " + Byte.MAX_VALUE;
		}
		return "";
	}

}
