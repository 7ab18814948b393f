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

import java.util.Iterator;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a valid example into a value that breaks one constraint its schema documents: a
 * required property left out, a bound exceeded, a length, pattern, format, enum or
 * discriminator broken, or, when the schema documents nothing else, the wrong JSON type.
 */
final class Violations {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final String REF_PREFIX = "#/components/schemas/";

	private final Map<String, ? extends JsonNode> definitions;

	Violations(Map<String, ? extends JsonNode> definitions) {
		this.definitions = definitions;
	}

	/**
	 * A value that violates the schema.
	 * @param schema the schema
	 * @param example a valid value
	 * @return the violating value, or {@code null} if the schema allows any value
	 */
	@Nullable JsonNode violate(JsonNode schema, JsonNode example) {
		return violate(schema, example, 0);
	}

	private @Nullable JsonNode violate(JsonNode schema, JsonNode example, int depth) {
		JsonNode resolved = resolve(schema);
		if (depth > 8 || resolved.isEmpty()) {
			return null;
		}
		JsonNode anyOf = resolved.get("anyOf");
		if (anyOf != null) {
			return violate(anyOf.get(0), example, depth + 1);
		}
		if (resolved.has("discriminator") && example.isObject()) {
			return ((ObjectNode) example.deepCopy()).put(resolved.get("discriminator").asString(), "no-such-kind");
		}
		JsonNode bound = bounds(resolved);
		if (bound != null) {
			return bound;
		}
		String type = type(resolved);
		if ("object".equals(type) && example.isObject()) {
			JsonNode property = violateProperty(resolved, (ObjectNode) example, depth);
			if (property != null) {
				return property;
			}
		}
		if ("array".equals(type) && example.isArray()) {
			if (resolved.path("minItems").asInt(0) > 0) {
				return nodes.arrayNode();
			}
			if (!example.isEmpty() && resolved.has("items")) {
				JsonNode item = violate(resolved.get("items"), example.get(0), depth + 1);
				if (item != null) {
					ArrayNode array = nodes.arrayNode();
					array.add(item);
					return array;
				}
			}
		}
		return switch (type) {
			case "object", "array" -> nodes.stringNode("not an " + type);
			case "string", "integer", "number", "boolean" -> nodes.objectNode().put("not", "a " + type);
			default -> null;
		};
	}

	private @Nullable JsonNode violateProperty(JsonNode schema, ObjectNode example, int depth) {
		JsonNode required = schema.path("required");
		for (JsonNode name : required) {
			if (example.has(name.asString())) {
				ObjectNode copy = example.deepCopy();
				copy.remove(name.asString());
				return copy;
			}
		}
		Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
		while (properties.hasNext()) {
			Map.Entry<String, JsonNode> property = properties.next();
			JsonNode value = example.get(property.getKey());
			if (value == null) {
				continue;
			}
			JsonNode propertySchema = resolve(property.getValue());
			JsonNode violated = (propertySchema.has("type") && !"object".equals(type(propertySchema)))
					? bounds(propertySchema) : violate(propertySchema, value, depth + 1);
			if (violated != null) {
				return example.deepCopy().set(property.getKey(), violated);
			}
		}
		return null;
	}

	private static @Nullable JsonNode bounds(JsonNode schema) {
		if (schema.has("maximum")) {
			return nodes.numberNode(schema.get("maximum").asLong() + 1);
		}
		if (schema.has("minimum")) {
			return nodes.numberNode(schema.get("minimum").asLong() - 1);
		}
		if (schema.has("exclusiveMinimum")) {
			return nodes.numberNode(schema.get("exclusiveMinimum").asLong());
		}
		if (schema.has("maxLength")) {
			return nodes.stringNode("x".repeat(schema.get("maxLength").asInt() + 1));
		}
		if (schema.path("minLength").asInt(0) > 0) {
			return nodes.stringNode("");
		}
		if (schema.has("pattern") && !"!".matches(schema.get("pattern").asString())) {
			return nodes.stringNode("!");
		}
		if ("email".equals(schema.path("format").asString(""))) {
			return nodes.stringNode("not an email");
		}
		if (schema.has("enum") || schema.has("const")) {
			return nodes.stringNode("no-such-value");
		}
		if ("array".equals(type(schema)) && schema.path("minItems").asInt(0) > 0) {
			return nodes.arrayNode();
		}
		return null;
	}

	/**
	 * The smallest variant of a valid value: an object with its required properties only
	 * (nested objects alike), the required leading arguments of a multi-argument payload.
	 * @param schema the schema
	 * @param example a valid value
	 * @return the smallest variant
	 */
	JsonNode minimal(JsonNode schema, JsonNode example) {
		JsonNode resolved = resolve(schema);
		boolean list = resolved.has("prefixItems") || resolved.path("x-socketio-arguments").asBoolean(false);
		if (list && example.isArray()) {
			ArrayNode arguments = nodes.arrayNode();
			JsonNode prefixItems = resolved.path("prefixItems");
			for (int i = 0; i < Math.min(resolved.path("minItems").asInt(0), example.size()); i++) {
				JsonNode item = (i < prefixItems.size()) ? prefixItems.get(i) : resolved.path("items");
				arguments.add(minimal(item, example.get(i)));
			}
			return arguments;
		}
		if (resolved.has("anyOf")) {
			return minimal(resolved.get("anyOf").get(0), example);
		}
		if (!example.isObject() || !resolved.path("properties").isObject() || resolved.has("oneOf")) {
			return example;
		}
		ObjectNode smallest = nodes.objectNode();
		for (JsonNode name : resolved.path("required")) {
			JsonNode value = example.get(name.asString());
			if (value != null) {
				smallest.set(name.asString(), minimal(resolved.path("properties").path(name.asString()), value));
			}
		}
		return smallest;
	}

	/**
	 * The type of a schema, the first that is not {@code null} when it lists several.
	 */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			return type.valueStream()
				.map(JsonNode::asString)
				.filter((name) -> !"null".equals(name))
				.findFirst()
				.orElse("null");
		}
		return type.asString("");
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith(REF_PREFIX)) {
			JsonNode target = this.definitions.get(ref.substring(REF_PREFIX.length()));
			return (target != null) ? resolve(target) : schema;
		}
		return schema;
	}

}
