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

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.WireProperty;
import io.github.sioasyncapi.validation.ConstraintValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the schema of a class say what the server does with its properties, decided by the
 * {@link WireFormat} of the payload mapper and, when validation is on, by Bean Validation:
 * <ul>
 * <li>{@code required}: the properties Jackson does not read without (primitive creator
 * arguments and the like) and those whose constraints refuse {@code null} ({@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty});</li>
 * <li>{@code null}: allowed for every other property that is not a primitive, since the
 * server accepts it and sends it (an empty {@code Optional} is written as {@code null});</li>
 * <li>{@code null} elements of collections and values of maps: allowed as well, unless
 * refused (see {@link #elements});</li>
 * <li>{@code additionalProperties}: {@code false} when the mapper refuses unknown properties,
 * {@code true} when it ignores them.</li>
 * </ul>
 * swagger-core decides neither from these rules: it marks constrained properties required
 * whether validation is on or not, and primitives only nullable where {@code @Schema} says so.
 */
final class WireSchemaRules {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "deprecated",
			"default", "readOnly", "writeOnly");

	private final WireFormat wire;

	private final @Nullable ConstraintValidation constraints;

	WireSchemaRules(WireFormat wire, @Nullable ConstraintValidation constraints) {
		this.wire = wire;
		this.constraints = constraints;
	}

	/**
	 * Apply the rules to the schema of a class.
	 * @param schema the object schema, changed in place
	 * @param type the class's type
	 */
	void apply(ObjectNode schema, JavaType type) {
		if (!(schema.get("properties") instanceof ObjectNode properties)
				|| this.wire.polymorphism(type.getRawClass()) != null && (schema.has("oneOf") || schema.has("anyOf"))) {
			return;
		}
		Map<String, WireProperty> byName = new HashMap<>();
		this.wire.properties(type, true).values().forEach((property) -> byName.put(property.name(), property));
		Set<String> required = new LinkedHashSet<>();
		schema.path("required").forEach((name) -> {
			if (!byName.containsKey(name.asString())) {
				// not a property Jackson reads, such as the type id of a subtype
				required.add(name.asString());
			}
		});
		for (String name : List.copyOf(properties.propertyNames())) {
			WireProperty property = byName.get(name);
			if (property == null) {
				continue;
			}
			boolean rejectsNull = this.constraints != null
					&& this.constraints.rejectsNull(type.getRawClass(), property.javaName());
			if (property.required() || rejectsNull) {
				required.add(name);
			}
			JsonNode schemaOfProperty = nullable(properties.get(name), property.nullable() && !rejectsNull);
			if (hasElements(property.type())) {
				// reading the type-use annotations parses them anew every time: only for containers
				elements(schemaOfProperty, property.type(), annotatedType(type.getRawClass(), property.javaName()),
						!property.nullableElements());
			}
			properties.set(name, schemaOfProperty);
		}
		List<String> ordered = new ArrayList<>();
		properties.propertyNames().forEach((name) -> {
			if (required.contains(name)) {
				ordered.add(name);
			}
		});
		required.stream().filter((name) -> !ordered.contains(name)).forEach(ordered::add);
		if (ordered.isEmpty()) {
			schema.remove("required");
		}
		else {
			ArrayNode array = schema.putArray("required");
			ordered.forEach(array::add);
		}
		if (!(schema.get("additionalProperties") instanceof ObjectNode)) {
			schema.put("additionalProperties", this.wire.acceptsUnknownProperties(type.getRawClass()));
		}
	}

	/**
	 * Make the elements of a collection or array schema, and the values of a map schema,
	 * nullable as the wire reads them: Jackson takes {@code null} elements unless the property
	 * refuses them ({@code @JsonSetter(contentNulls = FAIL)}), the elements are primitives, or,
	 * with validation on, a type-use constraint refuses them ({@code List<@NotNull Item>}).
	 * Nested containers alike.
	 * @param schema the schema of the container (possibly allowing {@code null} itself)
	 * @param type the container's type
	 * @param annotated the container's annotated Java type, for type-use constraints
	 * @param elementsRefuseNull whether Jackson refuses {@code null} elements
	 */
	void elements(JsonNode schema, JavaType type, @Nullable AnnotatedType annotated, boolean elementsRefuseNull) {
		if (type.isReferenceType()) {
			elements(schema, type.getReferencedType(), typeArgument(annotated, 0), elementsRefuseNull);
			return;
		}
		String keyword;
		AnnotatedType element;
		if (type.isMapLikeType()) {
			keyword = "additionalProperties";
			element = typeArgument(annotated, 1);
		}
		else if (type.isCollectionLikeType() || type.isArrayType()) {
			keyword = "items";
			element = (annotated instanceof AnnotatedArrayType array) ? array.getAnnotatedGenericComponentType()
					: typeArgument(annotated, 0);
		}
		else {
			return;
		}
		ObjectNode container = nonNullBranch(schema);
		JavaType content = type.getContentType();
		if (container == null || !(container.get(keyword) instanceof ObjectNode elementSchema) || content == null) {
			return;
		}
		boolean refusesNull = elementsRefuseNull || content.isPrimitive() || refusesNull(element);
		JsonNode nullableElement = nullable(elementSchema, !refusesNull);
		container.set(keyword, nullableElement);
		elements(nullableElement, content, element, false);
	}

	/**
	 * Whether {@link #elements} has anything to do for a type: a container, or a reference to
	 * one.
	 */
	private static boolean hasElements(JavaType type) {
		JavaType unwrapped = type.isReferenceType() ? type.getReferencedType() : type;
		return unwrapped.isReferenceType() || unwrapped.isMapLikeType() || unwrapped.isCollectionLikeType()
				|| unwrapped.isArrayType();
	}

	private boolean refusesNull(@Nullable AnnotatedType annotated) {
		if (annotated == null || this.constraints == null) {
			return false;
		}
		for (Annotation annotation : annotated.getAnnotations()) {
			Class<?> type = annotation.annotationType();
			if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable AnnotatedType typeArgument(@Nullable AnnotatedType annotated, int index) {
		if (annotated instanceof AnnotatedParameterizedType parameterized) {
			AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
			return (index < arguments.length) ? arguments[index] : null;
		}
		return null;
	}

	/**
	 * The annotated type of a property: of its field, where records and most classes keep it,
	 * or of its getter.
	 */
	private static @Nullable AnnotatedType annotatedType(Class<?> owner, String javaName) {
		Field field = ReflectionUtils.findField(owner, javaName);
		if (field != null) {
			return field.getAnnotatedType();
		}
		String suffix = StringUtils.capitalize(javaName);
		for (String getter : List.of("get" + suffix, "is" + suffix, javaName)) {
			Method method = ReflectionUtils.findMethod(owner, getter);
			if (method != null) {
				return method.getAnnotatedReturnType();
			}
		}
		return null;
	}

	/**
	 * The schema itself, or its branch that is not {@code null}.
	 */
	private static @Nullable ObjectNode nonNullBranch(JsonNode schema) {
		if (schema.get("anyOf") instanceof ArrayNode anyOf) {
			for (JsonNode branch : anyOf) {
				if (!isNullType(branch) && branch instanceof ObjectNode object) {
					return object;
				}
			}
			return null;
		}
		return (schema instanceof ObjectNode object) ? object : null;
	}

	/**
	 * A schema that allows {@code null}, or does not, as the wire does.
	 * @param schema the schema
	 * @param nullable whether {@code null} is allowed
	 * @return the schema, changed in place or wrapped
	 */
	static JsonNode nullable(JsonNode schema, boolean nullable) {
		if (!(schema instanceof ObjectNode object) || object.isEmpty() || allowsNull(object) == nullable) {
			return schema;
		}
		return nullable ? withNull(object) : withoutNull(object);
	}

	private static boolean allowsNull(ObjectNode schema) {
		JsonNode type = schema.get("type");
		if (type != null) {
			return type.isArray() ? type.valueStream().anyMatch((value) -> "null".equals(value.asString()))
					: "null".equals(type.asString());
		}
		JsonNode anyOf = schema.get("anyOf");
		return anyOf != null && anyOf.valueStream().anyMatch(WireSchemaRules::isNullType);
	}

	private static boolean isNullType(JsonNode schema) {
		return "null".equals(schema.path("type").asString("")) && schema.size() == 1;
	}

	private static JsonNode withNull(ObjectNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && !schema.has("$ref")) {
			ArrayNode types = nodes.arrayNode();
			if (type.isArray()) {
				type.forEach(types::add);
			}
			else {
				types.add(type);
			}
			types.add("null");
			schema.set("type", types);
			if (schema.get("enum") instanceof ArrayNode values) {
				values.addNull();
			}
			return schema;
		}
		if (schema.get("anyOf") instanceof ArrayNode anyOf
				&& schema.propertyNames().stream().allMatch((name) -> name.equals("anyOf") || ANNOTATIONS.contains(name))) {
			anyOf.addObject().put("type", "null");
			return schema;
		}
		ObjectNode outer = nodes.objectNode();
		ObjectNode inner = schema.deepCopy();
		for (String annotation : ANNOTATIONS) {
			JsonNode value = inner.remove(annotation);
			if (value != null) {
				outer.set(annotation, value);
			}
		}
		ArrayNode anyOf = outer.putArray("anyOf");
		anyOf.add(inner);
		anyOf.addObject().put("type", "null");
		return outer;
	}

	private static JsonNode withoutNull(ObjectNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			List<JsonNode> kept = type.valueStream().filter((value) -> !"null".equals(value.asString())).toList();
			if (kept.size() == 1) {
				schema.set("type", kept.get(0));
			}
			else {
				schema.putArray("type").addAll(kept);
			}
		}
		else if (type != null && "null".equals(type.asString())) {
			schema.remove("type");
		}
		if (schema.get("enum") instanceof ArrayNode values) {
			ArrayNode kept = nodes.arrayNode();
			values.valueStream().filter((value) -> !value.isNull()).forEach(kept::add);
			schema.set("enum", kept);
		}
		if (schema.get("anyOf") instanceof ArrayNode anyOf) {
			ArrayNode kept = nodes.arrayNode();
			anyOf.valueStream().filter((branch) -> !isNullType(branch)).forEach(kept::add);
			if (kept.size() == 1 && kept.get(0) instanceof ObjectNode only) {
				schema.remove("anyOf");
				only.properties().forEach((entry) -> schema.set(entry.getKey(), entry.getValue()));
			}
			else {
				schema.set("anyOf", kept);
			}
		}
		return schema;
	}

}
