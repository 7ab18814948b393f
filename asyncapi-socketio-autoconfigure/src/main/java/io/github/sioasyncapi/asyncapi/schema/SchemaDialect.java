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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns swagger-core's OpenAPI 3.1 schemas into AsyncAPI Schema Objects (a superset of JSON
 * Schema draft 07) as Jackson 3 trees: {@code example} becomes {@code examples}, the
 * discriminator object becomes the property name AsyncAPI expects, OpenAPI 3.0's
 * {@code nullable} and boolean exclusive bounds become their JSON Schema forms, and the bounds
 * that {@code @Size} defaults to (0 and {@code Integer.MAX_VALUE}) are left out.
 */
final class SchemaDialect {

	private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "not", "contains",
			"propertyNames", "if", "then", "else", "additionalItems", "unevaluatedItems", "unevaluatedProperties",
			"contentSchema");

	private static final Set<String> SUBSCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

	private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas",
			"$defs", "definitions");

	private static final Set<String> NO_OP_BOUNDS = Set.of("minLength", "maxLength", "minItems", "maxItems",
			"minProperties", "maxProperties");

	private final ObjectMapper reader = JsonMapper.builder().build();

	/**
	 * Convert a swagger-core schema.
	 * @param schema the schema
	 * @return the AsyncAPI schema
	 */
	ObjectNode convert(Schema<?> schema) {
		byte[] json;
		try {
			json = Json31.mapper().writeValueAsBytes(schema);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write schema " + schema.getName(), ex);
		}
		ObjectNode node = (ObjectNode) this.reader.readTree(json);
		adapt(node);
		return node;
	}

	/**
	 * Adapt a schema and its subschemas in place.
	 * @param schema the schema
	 */
	static void adapt(JsonNode schema) {
		if (!(schema instanceof ObjectNode object)) {
			return;
		}
		adaptKeywords(object);
		for (Map.Entry<String, JsonNode> entry : new ArrayList<>(object.properties())) {
			String keyword = entry.getKey();
			JsonNode value = entry.getValue();
			if (SUBSCHEMA.contains(keyword)) {
				adapt(value);
			}
			if (SUBSCHEMA_ARRAYS.contains(keyword) && value.isArray()) {
				value.values().forEach(SchemaDialect::adapt);
			}
			if (SUBSCHEMA_MAPS.contains(keyword) && value.isObject()) {
				value.values().forEach(SchemaDialect::adapt);
			}
		}
	}

	private static void adaptKeywords(ObjectNode schema) {
		schema.remove("$schema");
		JsonNode example = schema.remove("example");
		if (example != null && !schema.has("examples")) {
			schema.putArray("examples").add(example);
		}
		JsonNode discriminator = schema.get("discriminator");
		if (discriminator != null && discriminator.isObject()) {
			JsonNode property = discriminator.get("propertyName");
			if (property != null && property.isString()) {
				schema.put("discriminator", property.stringValue());
			}
			else {
				schema.remove("discriminator");
			}
		}
		JsonNode nullable = schema.remove("nullable");
		boolean isNullable = nullable != null && nullable.asBoolean(false);
		if (schema.has("$ref")) {
			nullableReference(schema, isNullable);
		}
		else if (isNullable && schema.has("type")) {
			addNullType(schema);
		}
		nullInEnum(schema);
		exclusiveBound(schema, "exclusiveMinimum", "minimum");
		exclusiveBound(schema, "exclusiveMaximum", "maximum");
		for (String keyword : NO_OP_BOUNDS) {
			JsonNode bound = schema.get(keyword);
			if (bound != null && bound.isIntegralNumber()
					&& (bound.longValue() == 0 || bound.longValue() == Integer.MAX_VALUE)) {
				// @Size's defaults: min 0 and max Integer.MAX_VALUE constrain nothing
				boolean minimum = keyword.startsWith("min");
				if (minimum == (bound.longValue() == 0)) {
					schema.remove(keyword);
				}
			}
		}
	}

	/**
	 * A {@code $ref} admits no sibling {@code type}: a nullable reference (swagger marks it with
	 * {@code nullable} or a {@code "null"} type) becomes {@code anyOf: [{$ref}, {type: null}]}.
	 */
	private static void nullableReference(ObjectNode schema, boolean nullable) {
		JsonNode type = schema.remove("type");
		boolean nullType = type != null && (type.isString() ? "null".equals(type.asString())
				: type.valueStream().anyMatch((value) -> "null".equals(value.asString())));
		if (nullable || nullType) {
			JsonNode reference = schema.remove("$ref");
			ArrayNode anyOf = schema.putArray("anyOf");
			anyOf.addObject().set("$ref", reference);
			anyOf.addObject().put("type", "null");
		}
	}

	private static void addNullType(ObjectNode schema) {
		JsonNode type = schema.get("type");
		List<String> types = new ArrayList<>();
		if (type.isArray()) {
			type.values().forEach((value) -> types.add(value.asString()));
		}
		else {
			types.add(type.asString());
		}
		if (!types.contains("null")) {
			types.add("null");
		}
		ArrayNode array = schema.putArray("type");
		types.forEach(array::add);
	}

	/**
	 * {@code enum} is checked besides {@code type}: an enum whose type admits {@code null} lists
	 * {@code null} among its values.
	 */
	private static void nullInEnum(ObjectNode schema) {
		boolean nullType = schema.get("type") instanceof ArrayNode types
				&& types.valueStream().anyMatch((type) -> "null".equals(type.asString()));
		if (nullType && schema.get("enum") instanceof ArrayNode values
				&& values.valueStream().noneMatch(JsonNode::isNull)) {
			values.addNull();
		}
	}

	private static void exclusiveBound(ObjectNode schema, String exclusive, String inclusive) {
		JsonNode flag = schema.get(exclusive);
		if (flag == null || !flag.isBoolean()) {
			return;
		}
		schema.remove(exclusive);
		JsonNode bound = schema.get(inclusive);
		if (flag.booleanValue() && bound != null) {
			schema.remove(inclusive);
			schema.set(exclusive, bound);
		}
	}

}
