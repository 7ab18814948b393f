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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Composes an example value from a schema: the schema's own examples ({@code @Schema(example =
 * ...)}) where it has them, otherwise a value that satisfies its type, format, enum and
 * bounds. Objects get every property that can be composed; recursion stops at a type already
 * being composed. Patterns cannot be satisfied in general: give patterned strings an example.
 */
final class ExampleComposer {

	private static final int MAX_DEPTH = 12;

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final ObjectMapper json = JsonMapper.builder().build();

	private static final String REF_PREFIX = "#/components/schemas/";

	private final Map<String, ? extends JsonNode> definitions;

	/**
	 * Create a composer.
	 * @param definitions the schemas that references point to, by name
	 */
	ExampleComposer(Map<String, ? extends JsonNode> definitions) {
		this.definitions = definitions;
	}

	/**
	 * Compose an example.
	 * @param schema the schema
	 * @return the example; an empty object for a schema that allows anything
	 */
	JsonNode compose(JsonNode schema) {
		JsonNode example = compose(schema, new HashSet<>(), 0);
		return (example != null) ? example : nodes.objectNode();
	}

	private @Nullable JsonNode compose(JsonNode schema, Set<String> path, int depth) {
		if (!schema.isObject() || depth > MAX_DEPTH) {
			return null;
		}
		JsonNode examples = schema.get("examples");
		if (examples != null && examples.isArray() && !examples.isEmpty()) {
			return parsed(examples.get(0), schema);
		}
		if (schema.has("const")) {
			return schema.get("const");
		}
		if (schema.has("default")) {
			return schema.get("default");
		}
		JsonNode values = schema.get("enum");
		if (values != null && values.isArray() && !values.isEmpty()) {
			return values.get(0);
		}
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith(REF_PREFIX)) {
			String name = ref.substring(REF_PREFIX.length());
			JsonNode target = this.definitions.get(name);
			if (target == null || !path.add(name)) {
				return null;
			}
			JsonNode value = compose(target, path, depth + 1);
			path.remove(name);
			return value;
		}
		for (String keyword : new String[] { "oneOf", "anyOf" }) {
			JsonNode branches = schema.get(keyword);
			if (branches != null && branches.isArray()) {
				for (JsonNode branch : branches) {
					JsonNode value = "null".equals(branch.path("type").asString("")) ? null
							: compose(branch, path, depth + 1);
					if (value != null) {
						return value;
					}
				}
			}
		}
		return byType(schema, type(schema), path, depth);
	}

	private @Nullable JsonNode byType(JsonNode schema, @Nullable String type, Set<String> path, int depth) {
		if (type == null) {
			return (schema.has("properties") || schema.has("allOf")) ? object(schema, path, depth) : null;
		}
		return switch (type) {
			case "object" -> object(schema, path, depth);
			case "array" -> array(schema, path, depth);
			case "string" -> nodes.stringNode(string(schema));
			case "integer" -> nodes.numberNode((long) number(schema, true));
			case "number" -> nodes.numberNode(number(schema, false));
			case "boolean" -> nodes.booleanNode(true);
			case "null" -> nodes.nullNode();
			default -> null;
		};
	}

	private static @Nullable String type(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			return null;
		}
		if (type.isArray()) {
			for (JsonNode value : type) {
				if (!"null".equals(value.asString())) {
					return value.asString();
				}
			}
			return "null";
		}
		return type.asString();
	}

	private ObjectNode object(JsonNode schema, Set<String> path, int depth) {
		ObjectNode object = nodes.objectNode();
		JsonNode allOf = schema.get("allOf");
		if (allOf != null && allOf.isArray()) {
			for (JsonNode part : allOf) {
				JsonNode value = compose(part, path, depth + 1);
				if (value instanceof ObjectNode partObject) {
					object.setAll(partObject);
				}
			}
		}
		JsonNode properties = schema.get("properties");
		if (properties != null && properties.isObject()) {
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				JsonNode value = compose(property.getValue(), path, depth + 1);
				if (value != null) {
					object.set(property.getKey(), value);
				}
			}
		}
		JsonNode additional = schema.get("additionalProperties");
		if (object.isEmpty() && additional != null && additional.isObject()) {
			JsonNode value = compose(additional, path, depth + 1);
			if (value != null) {
				object.set("key", value);
			}
		}
		return object;
	}

	/**
	 * An array: the tuple's positions ({@code prefixItems}), then its {@code items} up to
	 * {@code minItems}, at least one (a list of remaining arguments shows one of them), at
	 * most {@code maxItems}.
	 */
	private ArrayNode array(JsonNode schema, Set<String> path, int depth) {
		ArrayNode array = nodes.arrayNode();
		JsonNode prefixItems = schema.get("prefixItems");
		if (prefixItems != null && prefixItems.isArray()) {
			for (JsonNode item : prefixItems) {
				JsonNode value = compose(item, path, depth + 1);
				array.add((value != null) ? value : nodes.nullNode());
			}
		}
		JsonNode items = schema.get("items");
		JsonNode item = (items != null && items.isObject()) ? compose(items, path, depth + 1) : null;
		int count = Math.max(array.size() + 1, schema.path("minItems").asInt(0));
		if (schema.has("maxItems")) {
			count = Math.min(count, schema.get("maxItems").asInt());
		}
		while (item != null && array.size() < count) {
			array.add(item.deepCopy());
		}
		return array;
	}

	private static String string(JsonNode schema) {
		String value = switch (schema.path("format").asString("")) {
			case "date-time" -> "2024-01-01T12:00:00Z";
			case "date-time-local" -> "2024-01-01T12:00:00";
			case "date" -> "2024-01-01";
			case "time" -> "12:00:00Z";
			case "time-local" -> "12:00:00";
			case "duration" -> "PT30S";
			case "email" -> "user@example.com";
			case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
			case "uri", "url" -> "https://example.com/";
			case "hostname" -> "example.com";
			case "ipv4" -> "127.0.0.1";
			case "ipv6" -> "::1";
			case "byte" -> "AAAA";
			default -> "string";
		};
		int minLength = schema.path("minLength").asInt(0);
		StringBuilder padded = new StringBuilder(value);
		while (padded.length() < minLength) {
			padded.append('x');
		}
		int maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
		return (padded.length() > maxLength) ? padded.substring(0, maxLength) : padded.toString();
	}

	private static double number(JsonNode schema, boolean integer) {
		double value = 0;
		JsonNode minimum = schema.path("minimum");
		if (minimum.isNumber()) {
			value = Math.max(value, integer ? Math.ceil(minimum.asDouble()) : minimum.asDouble());
		}
		JsonNode exclusiveMinimum = schema.path("exclusiveMinimum");
		if (exclusiveMinimum.isNumber()) {
			value = Math.max(value, integer ? Math.floor(exclusiveMinimum.asDouble()) + 1 : exclusiveMinimum.asDouble() + 1);
		}
		JsonNode maximum = schema.path("maximum");
		if (maximum.isNumber()) {
			value = Math.min(value, integer ? Math.floor(maximum.asDouble()) : maximum.asDouble());
		}
		JsonNode exclusiveMaximum = schema.path("exclusiveMaximum");
		if (exclusiveMaximum.isNumber()) {
			value = Math.min(value, integer ? Math.ceil(exclusiveMaximum.asDouble()) - 1 : exclusiveMaximum.asDouble() - 1);
		}
		return value;
	}

	/**
	 * An example given as text for an object or array (as {@code @Schema(example = "{...}")}
	 * can be) is parsed.
	 */
	private static JsonNode parsed(JsonNode example, JsonNode schema) {
		String type = type(schema);
		if (example.isString() && ("object".equals(type) || "array".equals(type))) {
			try {
				return json.readTree(example.stringValue());
			}
			catch (JacksonException ex) {
				return example;
			}
		}
		return example;
	}

}
