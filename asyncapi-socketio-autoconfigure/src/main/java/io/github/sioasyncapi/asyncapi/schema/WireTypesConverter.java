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

package io.github.sioasyncapi.asyncapi.schema;

import java.math.BigDecimal;
import java.lang.annotation.Annotation;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.sioasyncapi.json.DateTimeWire;
import io.github.sioasyncapi.json.WireFormat;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Schemas of the types that swagger-core does not map as they are on the wire:
 * <ul>
 * <li>Jackson 3 trees (untyped JSON, which swagger-core would take for beans);</li>
 * <li>{@code LocalDateTime}, written without offset, so no RFC 3339 {@code date-time};</li>
 * <li>dates and times written as a string of a {@code @JsonFormat} pattern (a {@code pattern}
 * for patterns of numeric fields, and an example), as a number of seconds or a whole number
 * of milliseconds since the epoch, or as an array of fields, as {@link DateTimeWire} says;</li>
 * <li>integers, with the range the payload mapper reads for their Java type
 * ({@code int}, {@code long}, {@code short}, and {@code byte}, which Jackson reads from -128
 * to 255), and {@code float}, since {@code format: int32} is no bound to a JSON Schema
 * validator;</li>
 * <li>scalars the mapper also reads from other JSON types, when scalars are not strict: the
 * {@code type} lists every JSON type the mapper converts (a string for a number, a number or
 * boolean for a string, a number for a timestamp).</li>
 * </ul>
 */
final class WireTypesConverter implements ModelConverter {

	private static final Map<Class<?>, long[]> INTEGER_RANGES = Map.of(Integer.class,
			new long[] { Integer.MIN_VALUE, Integer.MAX_VALUE }, Long.class, new long[] { Long.MIN_VALUE, Long.MAX_VALUE },
			Short.class, new long[] { Short.MIN_VALUE, Short.MAX_VALUE }, Byte.class, new long[] { Byte.MIN_VALUE, 255 });

	private static final Set<Class<?>> TIMESTAMPS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

	private final TypeFactory typeFactory;

	private final WireFormat wire;

	WireTypesConverter(TypeFactory typeFactory, WireFormat wire) {
		this.typeFactory = typeFactory;
		this.wire = wire;
	}

	@Override
	public @Nullable Schema resolve(AnnotatedType annotatedType, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		JavaType type = this.typeFactory.constructType(annotatedType.getType());
		Class<?> raw = type.getRawClass();
		if (ObjectNode.class.isAssignableFrom(raw)) {
			return new JsonSchema().types(Set.of("object"));
		}
		if (ArrayNode.class.isAssignableFrom(raw)) {
			return new JsonSchema().types(Set.of("array"));
		}
		if (JsonNode.class.isAssignableFrom(raw)) {
			return new JsonSchema();
		}
		DateTimeWire dateTime = this.wire.dateTime(raw, jsonFormat(annotatedType.getCtxAnnotations()));
		if (dateTime != null && (dateTime.shape() != DateTimeWire.Shape.STRING || dateTime.pattern() != null)) {
			return dateTimeSchema(dateTime);
		}
		if (raw == LocalDateTime.class) {
			return widened(new JsonSchema().types(Set.of("string")).format("date-time-local"), raw);
		}
		Schema<?> schema = chain.hasNext() ? chain.next().resolve(annotatedType, context, chain) : null;
		return (schema != null && schema.get$ref() == null) ? widened(bounded(schema, raw), raw) : schema;
	}

	private static @Nullable JsonFormat jsonFormat(Annotation @Nullable [] annotations) {
		if (annotations != null) {
			for (Annotation annotation : annotations) {
				if (annotation instanceof JsonFormat format) {
					return format;
				}
			}
		}
		return null;
	}

	/**
	 * A date or time written as a string of a pattern, a number or an array.
	 */
	private static Schema<?> dateTimeSchema(DateTimeWire dateTime) {
		JsonSchema schema = new JsonSchema();
		switch (dateTime.shape()) {
			case NUMBER -> numeric(schema, "number", dateTime.minimumSeconds(), dateTime.maximumSeconds(),
					"Seconds since 1970-01-01T00:00:00Z, nanoseconds as the fraction");
			case STRING_WITH_ZONE_ID -> {
				schema.types(new LinkedHashSet<>(Set.of("string")))
					.description("ISO-8601 date and time with its offset and zone ID")
					.pattern(dateTime.regex());
				schema.setExamples(List.of(dateTime.example()));
			}
			case EPOCH_MILLIS -> numeric(schema, "integer", dateTime.minimumMillis(), dateTime.maximumMillis(),
					"Milliseconds since 1970-01-01T00:00:00Z");
			case EPOCH_DAY -> numeric(schema, "integer", dateTime.minimumEpochDay(), dateTime.maximumEpochDay(),
					"Days since 1970-01-01");
			case ARRAY -> {
				schema.types(new LinkedHashSet<>(Set.of("array")));
				List<ChronoField> fields = dateTime.fields();
				if (fields.isEmpty()) {
					schema.minItems(dateTime.minFields()).maxItems(5).description("[hour, minute, second, nanosecond, offset]");
				}
				else {
					for (ChronoField field : fields) {
						schema.addPrefixItem(new JsonSchema().types(new LinkedHashSet<>(Set.of("integer")))
							.title(field.toString())
							.minimum(BigDecimal.valueOf(field.range().getMinimum()))
							.maximum(BigDecimal.valueOf(field.range().getMaximum())));
					}
					schema.minItems(dateTime.minFields()).maxItems(fields.size()).description(fields.toString());
				}
			}
			default -> {
				schema.types(new LinkedHashSet<>(Set.of("string")))
					.description("Formatted as " + dateTime.pattern() + " (a java.time DateTimeFormatter pattern)");
				schema.pattern(dateTime.regex());
				String example = dateTime.example();
				if (example != null) {
					schema.setExamples(List.of(example));
				}
			}
		}
		return schema;
	}

	/**
	 * A date or time written as a number: its JSON type, bounds and unit.
	 */
	private static void numeric(JsonSchema schema, String type, BigDecimal minimum, BigDecimal maximum,
			String description) {
		schema.types(new LinkedHashSet<>(Set.of(type))).minimum(minimum).maximum(maximum).description(description);
	}

	private static Schema<?> bounded(Schema<?> schema, Class<?> raw) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(raw);
		if (boxed == Byte.class) {
			// swagger-core documents a byte as base64 text (for byte[]); Jackson reads a number
			schema.setTypes(new LinkedHashSet<>(Set.of("integer")));
			schema.setFormat(null);
		}
		if (boxed == Float.class && hasType(schema, "number")) {
			if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
				schema.setMinimum(BigDecimal.valueOf(-WireFormat.FLOAT_LIMIT));
			}
			if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
				schema.setMaximum(BigDecimal.valueOf(WireFormat.FLOAT_LIMIT));
			}
		}
		long[] range = INTEGER_RANGES.get(boxed);
		if (range != null && hasType(schema, "integer")) {
			if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
				schema.setMinimum(BigDecimal.valueOf(range[0]));
			}
			if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
				schema.setMaximum(BigDecimal.valueOf(range[1]));
			}
		}
		return schema;
	}

	/**
	 * The schema with the JSON types the mapper also converts to the scalar.
	 */
	private Schema<?> widened(Schema<?> schema, Class<?> raw) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(raw);
		Set<String> types = new LinkedHashSet<>();
		if (boxed == String.class) {
			addIf(types, "integer", LogicalType.Textual, boxed, CoercionInputShape.Integer);
			addIf(types, "number", LogicalType.Textual, boxed, CoercionInputShape.Float);
			addIf(types, "boolean", LogicalType.Textual, boxed, CoercionInputShape.Boolean);
		}
		else if (INTEGER_RANGES.containsKey(boxed) || boxed == BigInteger.class) {
			addIf(types, "string", LogicalType.Integer, boxed, CoercionInputShape.String);
		}
		else if (boxed == Double.class || boxed == Float.class || boxed == BigDecimal.class) {
			addIf(types, "string", LogicalType.Float, boxed, CoercionInputShape.String);
		}
		else if (boxed == Boolean.class) {
			addIf(types, "string", LogicalType.Boolean, boxed, CoercionInputShape.String);
			addIf(types, "integer", LogicalType.Boolean, boxed, CoercionInputShape.Integer);
		}
		else if (TIMESTAMPS.contains(boxed)) {
			addIf(types, "number", LogicalType.DateTime, boxed, CoercionInputShape.Integer);
		}
		if (types.isEmpty() || !(schema.getTypes() != null || schema.getType() != null)) {
			return schema;
		}
		Set<String> all = new LinkedHashSet<>((schema.getTypes() != null) ? schema.getTypes() : Set.of(schema.getType()));
		all.addAll(types);
		schema.setTypes(all);
		return schema;
	}

	private void addIf(Set<String> types, String type, LogicalType target, Class<?> raw, CoercionInputShape shape) {
		if (this.wire.converts(target, raw, shape)) {
			types.add(type);
		}
	}

	private static boolean hasType(Schema<?> schema, String type) {
		return (schema.getTypes() != null) ? schema.getTypes().contains(type) : type.equals(schema.getType());
	}

	@Override
	public boolean isOpenapi31() {
		return true;
	}

}
