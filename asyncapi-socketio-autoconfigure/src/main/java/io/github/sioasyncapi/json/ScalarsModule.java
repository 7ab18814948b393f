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

package io.github.sioasyncapi.json;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.FromStringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Scalars read as the AsyncAPI document describes them, where Jackson's deserializers do not
 * ask the mapper's settings:
 * <ul>
 * <li>values written as strings (dates and times, and the JDK types Jackson reads from
 * strings: {@code UUID}, {@code URI}, {@code Locale}...) follow the coercion settings of their
 * logical type when the JSON value is a number, a boolean or an array: Jackson's own ignore
 * them ({@code Instant} takes any number, and any numeric string, as a timestamp; a
 * {@code LocalDate} takes {@code [2024, 1, 31]}; a {@code URI} takes {@code 5}). With the
 * settings of {@link StrictScalars}, these are refused; with Jackson's defaults, they are
 * accepted as before;</li>
 * <li>with the settings of {@link StrictScalars}, a date or time that Jackson writes as a
 * number or an array (timestamps, {@code @JsonFormat(shape = NUMBER)}) is taken in that form
 * only, and the pattern of a {@code @JsonFormat} is read strictly with a year of era taken as
 * a proleptic year (see {@link DateTimeWire});</li>
 * <li>with any settings, a number of a date or time that Jackson writes as a timestamp is read
 * in the unit it is written in (seconds, or milliseconds without nanoseconds), where Jackson
 * reads an integer in the unit {@code READ_DATE_TIMESTAMPS_AS_NANOSECONDS} says;</li>
 * <li>a {@code float} out of its range is refused, where Jackson reads it as infinity;</li>
 * <li>an integer type takes a number written with a fraction or an exponent whose value is a
 * whole number ({@code 2.0}, {@code 1e2}), as JSON Schema's {@code integer} does, where Jackson
 * refuses it (or, when its coercion settings allow floats, truncates {@code 2.5}, which is left
 * to those settings).</li>
 * </ul>
 */
final class ScalarsModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/** The types whose deserializers read a numeric string as a timestamp. */
	private static final Set<Class<?>> TIMESTAMPS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

	/**
	 * The integer types, each with the conversion of a whole number to it, which throws an
	 * {@link ArithmeticException} when the number is out of the type's range.
	 */
	private static final Map<Class<?>, Function<BigInteger, Object>> INTEGRAL = Map.of(int.class,
			BigInteger::intValueExact, Integer.class, BigInteger::intValueExact, long.class, BigInteger::longValueExact,
			Long.class, BigInteger::longValueExact, short.class, BigInteger::shortValueExact, Short.class,
			BigInteger::shortValueExact, byte.class, ScalarsModule::toByte, Byte.class, ScalarsModule::toByte,
			BigInteger.class, (value) -> value);

	/** Arrays of primitive integers, which Jackson reads element by element itself, and their boxes. */
	private static final Map<Class<?>, Class<?>> BOXED_ARRAYS = Map.of(int[].class, Integer[].class, long[].class,
			Long[].class, short[].class, Short[].class);

	/** The most digits a whole number written with an exponent may have (as Jackson's number length). */
	private static final int MAX_DIGITS = 1000;

	ScalarsModule() {
		super("socketio-scalars");
		setDeserializerModifier(new ValueDeserializerModifier() {

			private static final long serialVersionUID = 1L;

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
				Class<?> type = beanDesc.getBeanClass();
				if (DateTimeWire.TYPES.contains(type) || deserializer instanceof FromStringDeserializer) {
					return new StringScalarDeserializer(deserializer, TIMESTAMPS.contains(type));
				}
				if (type == Float.class || type == float.class) {
					return new FloatRangeDeserializer(deserializer);
				}
				Function<BigInteger, Object> integral = INTEGRAL.get(type);
				if (integral != null) {
					return new WholeNumberDeserializer(deserializer, integral);
				}
				return deserializer;
			}

			@Override
			public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType valueType,
					BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
				Class<?> boxed = BOXED_ARRAYS.get(valueType.getRawClass());
				return (boxed != null) ? new WholeNumberArrayDeserializer(deserializer, boxed) : deserializer;
			}

		});
	}

	/**
	 * Reads an array of primitive integers whose elements include whole numbers written with a
	 * fraction or an exponent through the array of their boxes, whose elements are read by
	 * {@link WholeNumberDeserializer}; delegates otherwise. Jackson's own reads each element
	 * itself, without asking element deserializers.
	 */
	static final class WholeNumberArrayDeserializer extends DelegatingDeserializer {

		private final Class<?> boxedArray;

		WholeNumberArrayDeserializer(ValueDeserializer<?> delegate, Class<?> boxedArray) {
			super(delegate);
			this.boxedArray = boxedArray;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new WholeNumberArrayDeserializer(newDelegatee, this.boxedArray);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.isExpectedStartArrayToken() || context.findCoercionAction(LogicalType.Integer,
					this.boxedArray.getComponentType(), CoercionInputShape.Float) != CoercionAction.Fail) {
				return super.deserialize(parser, context);
			}
			TokenBuffer buffer = context.bufferAsCopyOfValue(parser);
			if (!hasFloats(buffer, context)) {
				return super.deserialize(buffer.asParserOnFirstToken(context), context);
			}
			JsonParser replay = buffer.asParserOnFirstToken(context);
			Object[] boxed = (Object[]) context.readValue(replay, this.boxedArray);
			Class<?> primitive = handledType().getComponentType();
			Object array = Array.newInstance(primitive, boxed.length);
			for (int i = 0; i < boxed.length; i++) {
				if (boxed[i] == null) {
					throw DatabindException.wrapWithPath(context,
							MismatchedInputException.from(replay, primitive,
									"Cannot map `null` into type `" + primitive.getName() + "`"),
							new JacksonException.Reference(array, i));
				}
				Array.set(array, i, boxed[i]);
			}
			return array;
		}

		private static boolean hasFloats(TokenBuffer buffer, DeserializationContext context) {
			try (JsonParser scan = buffer.asParser(context)) {
				JsonToken token;
				while ((token = scan.nextToken()) != null) {
					if (token == JsonToken.VALUE_NUMBER_FLOAT) {
						return true;
					}
				}
			}
			return false;
		}

	}

	/**
	 * A byte from -128 to 255, as Jackson reads bytes (128 to 255 as unsigned).
	 */
	private static Object toByte(BigInteger value) {
		int number = value.intValueExact();
		if (number < Byte.MIN_VALUE || number > 255) {
			throw new ArithmeticException("out of range of byte");
		}
		return (byte) number;
	}

	/**
	 * Refuses numbers beyond the range of {@code float}, then delegates.
	 */
	static final class FloatRangeDeserializer extends DelegatingDeserializer {

		private static final BigDecimal LIMIT = BigDecimal.valueOf(WireFormat.FLOAT_LIMIT);

		FloatRangeDeserializer(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new FloatRangeDeserializer(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.currentToken().isNumeric() && Math.abs(parser.getDoubleValue()) >= WireFormat.FLOAT_LIMIT
					&& parser.getDecimalValue().abs().compareTo(LIMIT) > 0) {
				return context.handleWeirdNumberValue(handledType(), parser.getNumberValue(), "out of range of float");
			}
			return super.deserialize(parser, context);
		}

	}

	/**
	 * Reads a number written with a fraction or an exponent as an integer when its value is a
	 * whole number and the coercion settings refuse floats for integers; delegates otherwise.
	 */
	static final class WholeNumberDeserializer extends DelegatingDeserializer {

		private final Function<BigInteger, Object> conversion;

		WholeNumberDeserializer(ValueDeserializer<?> delegate, Function<BigInteger, Object> conversion) {
			super(delegate);
			this.conversion = conversion;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new WholeNumberDeserializer(newDelegatee, this.conversion);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && context.findCoercionAction(LogicalType.Integer,
					handledType(), CoercionInputShape.Float) == CoercionAction.Fail) {
				BigDecimal value = parser.getDecimalValue().stripTrailingZeros();
				if (value.scale() <= 0) {
					if (value.precision() - value.scale() > MAX_DIGITS) {
						return context.handleWeirdNumberValue(handledType(), parser.getNumberValue(),
								"out of range of " + handledType().getSimpleName());
					}
					try {
						return this.conversion.apply(value.toBigIntegerExact());
					}
					catch (ArithmeticException ex) {
						return context.handleWeirdNumberValue(handledType(), parser.getNumberValue(),
								"out of range of " + handledType().getSimpleName());
					}
				}
			}
			return super.deserialize(parser, context);
		}

	}

	/**
	 * Checks the JSON value against the coercion settings, then delegates. A date or time is
	 * taken, when the settings refuse numbers for dates, only in the form Jackson writes it
	 * ({@link DateTimeWire}): a string, a number within the type's range, or an array of
	 * integers within the ranges of their fields (a whole number written with a fraction taken
	 * as an integer), each wrong element named by its index. The pattern of a
	 * {@code @JsonFormat} is read as {@link DateTimeWire#readingPattern} says.
	 */
	static final class StringScalarDeserializer extends DelegatingDeserializer {

		private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]*)?");

		private final boolean timestamps;

		private final @Nullable DateTimeWire form;

		StringScalarDeserializer(ValueDeserializer<?> delegate, boolean timestamps) {
			this(delegate, timestamps, null);
		}

		private StringScalarDeserializer(ValueDeserializer<?> delegate, boolean timestamps,
				@Nullable DateTimeWire form) {
			super(delegate);
			this.timestamps = timestamps;
			this.form = form;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new StringScalarDeserializer(newDelegatee, this.timestamps, this.form);
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
			JsonFormat.Value format = findFormatOverrides(context, property, handledType());
			DateTimeWire form = DateTimeWire.of(handledType(), format, context.getDatatypeFeatures());
			BeanProperty reading = property;
			if (property != null && form != null && form.pattern() != null
					&& !Boolean.TRUE.equals(format.getLenient())
					&& !DateTimeWire.readingPattern(form.pattern()).equals(form.pattern())) {
				reading = new PatternProperty(property, DateTimeWire.readingPattern(form.pattern()));
			}
			JavaType type = context.constructType(this._delegatee.handledType());
			ValueDeserializer<?> delegate = context.handleSecondaryContextualization(this._delegatee, reading, type);
			return new StringScalarDeserializer(delegate, this.timestamps, form);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			JsonToken token = parser.currentToken();
			DateTimeWire form = this.form;
			if (form != null && token.isNumeric() && (form.shape() == DateTimeWire.Shape.NUMBER
					|| form.shape() == DateTimeWire.Shape.EPOCH_MILLIS)) {
				// in the unit it is written in, strict or not: Jackson reads an integer as
				// seconds or milliseconds as READ_DATE_TIMESTAMPS_AS_NANOSECONDS says, whatever
				// the unit it writes
				return (form.shape() == DateTimeWire.Shape.NUMBER) ? number(parser, context, form)
						: epochMillis(parser, context, form);
			}
			if (form != null && token != JsonToken.VALUE_NULL && refuses(context, CoercionInputShape.Integer)) {
				if (form.shape() == DateTimeWire.Shape.NUMBER) {
					return number(parser, context, form);
				}
				if (form.shape() == DateTimeWire.Shape.EPOCH_MILLIS) {
					return epochMillis(parser, context, form);
				}
				if (form.shape() == DateTimeWire.Shape.EPOCH_DAY) {
					return epochDay(parser, form);
				}
				if (form.shape() == DateTimeWire.Shape.ARRAY) {
					return array(parser, context, form);
				}
				if (form.pattern() != null) {
					return patterned(parser, context, form.pattern());
				}
			}
			if (token == JsonToken.VALUE_STRING) {
				if (this.timestamps && NUMBER.matcher(parser.getString().trim()).matches()
						&& refuses(context, CoercionInputShape.Integer)) {
					return context.handleWeirdStringValue(handledType(), parser.getString(),
							"a numeric timestamp is not accepted, only an ISO-8601 string");
				}
			}
			else if (refuses(context, shapeOf(token))) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			return super.deserialize(parser, context);
		}

		/**
		 * A string of a pattern.
		 */
		private Object patterned(JsonParser parser, DeserializationContext context, String pattern) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				throw new DateTimeFormException(parser, handledType(), "a string of the pattern " + pattern);
			}
			try {
				return super.deserialize(parser, context);
			}
			catch (DatabindException ex) {
				DateTimeFormException failure = new DateTimeFormException(parser, handledType(),
						"a string of the pattern " + pattern);
				failure.initCause(ex);
				throw failure;
			}
		}

		/**
		 * A whole number of days since 1970-01-01 (written {@code 100}, {@code 100.0} or
		 * {@code 1e2}, as JSON Schema's integers), within {@code LocalDate}'s range.
		 */
		private Object epochDay(JsonParser parser, DateTimeWire form) {
			BigDecimal day = wholeNumber(parser, form.minimumEpochDay(), form.maximumEpochDay(),
					"days since 1970-01-01");
			// what Jackson's LocalDateDeserializer does for this shape, past the strict mapper's
			// refusal of integers for dates
			return LocalDate.ofEpochDay(day.longValueExact());
		}

		/**
		 * A number of seconds since the epoch, within the type's range.
		 */
		private Object number(JsonParser parser, DeserializationContext context, DateTimeWire form) {
			if (!parser.currentToken().isNumeric() || parser.getDecimalValue().compareTo(form.minimumSeconds()) < 0
					|| parser.getDecimalValue().compareTo(form.maximumSeconds()) > 0) {
				throw new DateTimeFormException(parser, handledType(), "a number of seconds since the epoch from "
						+ form.minimumSeconds() + " to " + form.maximumSeconds());
			}
			return fromSeconds(parser.getDecimalValue(), parser, context);
		}

		/**
		 * A whole number of milliseconds since the epoch (written {@code 1000}, {@code 1000.0}
		 * or {@code 1e3}, as JSON Schema's integers), within the bounds of the form.
		 */
		private Object epochMillis(JsonParser parser, DeserializationContext context, DateTimeWire form) {
			BigDecimal millis = wholeNumber(parser, form.minimumMillis(), form.maximumMillis(),
					"milliseconds since the epoch");
			return fromSeconds(millis.movePointLeft(3), parser, context);
		}

		/**
		 * The current value, a whole number however written ({@code 100}, {@code 100.0},
		 * {@code 1e2}) within the bounds, or a {@link DateTimeFormException} expecting "a whole
		 * number of {@code unit} from {@code minimum} to {@code maximum}".
		 */
		private BigDecimal wholeNumber(JsonParser parser, BigDecimal minimum, BigDecimal maximum, String unit) {
			BigDecimal value = parser.currentToken().isNumeric() ? parser.getDecimalValue() : null;
			if (value == null || value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0
					|| (value.signum() != 0 && value.stripTrailingZeros().scale() > 0)) {
				throw new DateTimeFormException(parser, handledType(),
						"a whole number of " + unit + " from " + minimum + " to " + maximum);
			}
			return value;
		}

		/**
		 * The delegate's value of a decimal number of seconds, which Jackson reads as seconds
		 * whatever {@code READ_DATE_TIMESTAMPS_AS_NANOSECONDS} says, with the zone the
		 * mapper's settings give it.
		 */
		private Object fromSeconds(BigDecimal seconds, JsonParser parser, DeserializationContext context) {
			TokenBuffer buffer = context.bufferForInputBuffering(parser);
			buffer.writeNumber(seconds);
			return super.deserialize(buffer.asParserOnFirstToken(context), context);
		}

		/**
		 * An array of integer fields, each within its range, read by the delegate as integers.
		 */
		private Object array(JsonParser parser, DeserializationContext context, DateTimeWire form) {
			List<ChronoField> fields = form.fields();
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				throw new DateTimeFormException(parser, handledType(), expectedArray(form));
			}
			if (fields.isEmpty()) {
				// OffsetTime's fields end with its offset: left to Jackson
				return super.deserialize(parser, context);
			}
			JsonNode tree = context.readTree(parser);
			if (tree.size() < form.minFields()) {
				throw new DateTimeFormException(parser, handledType(), expectedArray(form));
			}
			ArrayNode normalized = context.getNodeFactory().arrayNode();
			for (int i = 0; i < tree.size(); i++) {
				JsonNode element = tree.get(i);
				if (i >= fields.size()) {
					throw (DatabindException) new DateTimeFormException(parser, handledType(), expectedArray(form))
						.prependPath(tree, i);
				}
				ChronoField field = fields.get(i);
				if (!element.isNumber() || !isWhole(element.decimalValue())
						|| element.decimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
						|| !field.range().isValidValue(element.decimalValue().longValue())) {
					String range = "an integer from " + field.range().getMinimum() + " to " + field.range().getMaximum()
							+ " (" + field + ")";
					throw (DatabindException) new DateTimeFormException(parser, handledType(), range).prependPath(tree,
							i);
				}
				normalized.add(element.decimalValue().longValue());
			}
			try (JsonParser values = normalized.traverse(context)) {
				values.nextToken();
				return super.deserialize(values, context);
			}
		}

		/**
		 * What an array form expects, for its error message: made only when a value fails.
		 */
		private static String expectedArray(DateTimeWire form) {
			List<ChronoField> fields = form.fields();
			if (fields.isEmpty()) {
				// OffsetTime's: its fields and then its offset
				return "an array of " + form.minFields() + " to 5 elements [hour, minute, second, nanosecond, offset]";
			}
			return "an array of " + ((fields.size() > form.minFields()) ? form.minFields() + " to " + fields.size()
					: fields.size()) + " integers " + fields;
		}

		private static boolean isWhole(BigDecimal value) {
			return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
		}

		private boolean refuses(DeserializationContext context, @Nullable CoercionInputShape shape) {
			LogicalType type = logicalType();
			return shape != null && context.findCoercionAction((type != null) ? type : LogicalType.OtherScalar,
					handledType(), shape) == CoercionAction.Fail;
		}

		private static @Nullable CoercionInputShape shapeOf(JsonToken token) {
			return switch (token) {
				case VALUE_NUMBER_INT -> CoercionInputShape.Integer;
				case VALUE_NUMBER_FLOAT -> CoercionInputShape.Float;
				case VALUE_TRUE, VALUE_FALSE -> CoercionInputShape.Boolean;
				case START_ARRAY -> CoercionInputShape.Array;
				default -> null;
			};
		}

	}

}
