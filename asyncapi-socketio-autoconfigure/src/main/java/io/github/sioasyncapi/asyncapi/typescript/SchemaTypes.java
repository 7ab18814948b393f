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

package io.github.sioasyncapi.asyncapi.typescript;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * TypeScript types of JSON Schemas (2020-12, as AsyncAPI 3.1 allows): {@code type} as a
 * string or an array, OpenAPI's {@code nullable}, {@code const}, {@code enum},
 * {@code oneOf}/{@code anyOf} as unions, {@code allOf} as intersections, {@code $ref} to a
 * component schema as its name (so recursive types refer to themselves), other references
 * inlined, arrays, tuples ({@code prefixItems}), objects with required and optional
 * properties, and maps ({@code additionalProperties}, {@code patternProperties}). Anything
 * else, or anything that cannot be resolved, is {@code unknown}: never wrong, only less
 * precise.
 */
final class SchemaTypes {

	static final String INDENT = "  ";

	private static final Type UNKNOWN = Type.primary("unknown");

	private static final Type NEVER = Type.primary("never");

	private static final Type NULL = Type.primary("null");

	private final ClientContract contract;

	private final Map<String, String> names;

	private final Set<JsonNode> inlining = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Create the types of a document.
	 * @param contract the document, for references
	 * @param names the TypeScript names of the component schemas
	 */
	SchemaTypes(ClientContract contract, Map<String, String> names) {
		this.contract = contract;
		this.names = names;
	}

	/**
	 * Whether a schema is declared best as an interface: an object type with nothing else.
	 * @param schema the schema
	 * @return whether it is a plain object type
	 */
	boolean isInterface(JsonNode schema) {
		return schema.isObject() && !schema.has("$ref") && !schema.has("const") && !schema.has("enum")
				&& !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("allOf") && !isNullable(schema)
				&& types(schema).equals(List.of("object"));
	}

	/**
	 * The members of an object type, one per line, each with its comment.
	 * @param schema the object schema
	 * @param indent the indentation of the members
	 * @return the members, each line ending with a newline
	 */
	String members(JsonNode schema, String indent) {
		StringBuilder out = new StringBuilder();
		Set<String> required = new LinkedHashSet<>();
		schema.path("required").values().forEach((name) -> required.add(name.asString("")));
		List<Type> propertyTypes = new ArrayList<>();
		boolean optional = false;
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			Type type = type(property.getValue(), indent);
			boolean isRequired = required.contains(property.getKey());
			optional |= !isRequired;
			propertyTypes.add(type);
			DocComment.of(property.getValue()).writeTo(out, indent);
			out.append(indent)
				.append(Identifiers.memberName(property.getKey()))
				.append(isRequired ? ": " : "?: ")
				.append(type.text())
				.append(";\n");
		}
		Type index = indexType(schema, indent, propertyTypes.isEmpty());
		if (index != null) {
			List<Type> all = new ArrayList<>();
			all.add(index);
			if (!index.equals(UNKNOWN)) {
				all.addAll(propertyTypes);
				if (optional) {
					all.add(Type.primary("undefined"));
				}
			}
			out.append(indent).append("[key: string]: ").append(union(all).text()).append(";\n");
		}
		return out.toString();
	}

	/**
	 * The TypeScript type of a schema.
	 * @param schema the schema
	 * @param indent the indentation of the line the type starts on
	 * @return the type
	 */
	Type type(JsonNode schema, String indent) {
		if (schema.isBoolean()) {
			return schema.asBoolean() ? UNKNOWN : NEVER;
		}
		if (!schema.isObject()) {
			return UNKNOWN;
		}
		Type type = schema.has("$ref") ? reference(schema, indent) : combined(schema, indent);
		return isNullable(schema) ? union(List.of(type, NULL)) : type;
	}

	private Type reference(JsonNode schema, String indent) {
		String name = ClientContract.schemaName(schema);
		if (name != null && this.names.containsKey(name)) {
			return Type.primary(this.names.get(name));
		}
		JsonNode target = this.contract.resolve(schema);
		if (target.isMissingNode() || !this.inlining.add(target)) {
			return UNKNOWN;
		}
		try {
			return type(target, indent);
		}
		finally {
			this.inlining.remove(target);
		}
	}

	private Type combined(JsonNode schema, String indent) {
		List<JsonNode> oneOf = branches(schema, "oneOf");
		List<JsonNode> anyOf = branches(schema, "anyOf");
		List<JsonNode> allOf = branches(schema, "allOf");
		List<Type> parts = new ArrayList<>();
		Type base = base(schema, indent);
		List<JsonNode> alternatives = new ArrayList<>(oneOf);
		alternatives.addAll(anyOf);
		if (base != null && !(alternatives.size() > 0 && coveredBy(schema, alternatives))) {
			parts.add(base);
		}
		if (!oneOf.isEmpty()) {
			parts.add(union(oneOf.stream().map((branch) -> type(branch, indent)).toList()));
		}
		if (!anyOf.isEmpty()) {
			parts.add(union(anyOf.stream().map((branch) -> type(branch, indent)).toList()));
		}
		allOf.forEach((branch) -> parts.add(type(branch, indent)));
		return parts.isEmpty() ? UNKNOWN : intersection(parts);
	}

	/**
	 * The type a schema gives by itself, without its combinators: its {@code const},
	 * {@code enum} or {@code type}; {@code null} when it gives none.
	 */
	private @Nullable Type base(JsonNode schema, String indent) {
		List<String> types = types(schema);
		if (schema.has("const")) {
			return literal(schema.get("const"));
		}
		JsonNode values = schema.get("enum");
		if (values != null && values.isArray()) {
			List<Type> literals = new ArrayList<>();
			for (JsonNode value : values.values()) {
				if (types.isEmpty() || types.contains(jsonType(value))
						|| ("number".equals(jsonType(value)) && types.contains("integer") && value.isIntegralNumber())) {
					literals.add(literal(value));
				}
			}
			return union(literals);
		}
		if (types.isEmpty()) {
			return null;
		}
		List<Type> alternatives = new ArrayList<>();
		for (String type : types) {
			alternatives.add(switch (type) {
				case "string" -> Type.primary("string");
				case "number", "integer" -> Type.primary("number");
				case "boolean" -> Type.primary("boolean");
				case "null" -> NULL;
				case "array" -> array(schema, indent);
				case "object" -> object(schema, indent);
				default -> UNKNOWN;
			});
		}
		return union(alternatives);
	}

	/**
	 * Whether every alternative declares every property the schema declares, so that the
	 * union alone says all (the usual shape of {@code oneOf} with a discriminator).
	 */
	private boolean coveredBy(JsonNode schema, List<JsonNode> alternatives) {
		if (schema.has("const") || schema.has("enum") || schema.has("items") || schema.has("prefixItems")
				|| schema.path("additionalProperties").isObject() || schema.has("patternProperties")) {
			return false;
		}
		for (String property : schema.path("properties").propertyNames()) {
			for (JsonNode alternative : alternatives) {
				if (!this.contract.resolve(alternative).path("properties").has(property)) {
					return false;
				}
			}
		}
		return true;
	}

	private Type array(JsonNode schema, String indent) {
		JsonNode prefixItems = schema.get("prefixItems");
		JsonNode items = schema.get("items");
		if (prefixItems == null && items != null && items.isArray()) {
			// the tuples of drafts before 2020-12
			prefixItems = items;
			items = schema.get("additionalItems");
		}
		if (prefixItems == null || !prefixItems.isArray()) {
			Type element = (items != null) ? type(items, indent) : UNKNOWN;
			return Type.primary(element.wrapped(Type.PRIMARY) + "[]");
		}
		int required = schema.path("minItems").asInt(0);
		List<String> elements = new ArrayList<>();
		int index = 0;
		for (JsonNode item : prefixItems.values()) {
			Type element = type(item, indent);
			elements.add((index++ < required) ? element.text() : element.wrapped(Type.PRIMARY) + "?");
		}
		boolean closed = (items != null && items.isBoolean() && !items.asBoolean())
				|| (schema.has("maxItems") && schema.path("maxItems").asInt() <= elements.size());
		if (!closed) {
			Type rest = (items != null) ? type(items, indent) : UNKNOWN;
			elements.add("..." + rest.wrapped(Type.PRIMARY) + "[]");
		}
		return Type.primary("[" + String.join(", ", elements) + "]");
	}

	private Type object(JsonNode schema, String indent) {
		String inner = indent + INDENT;
		String members = members(schema, inner);
		if (members.isEmpty()) {
			return Type.primary("{}");
		}
		if (!schema.has("properties") && members.indexOf('\n') == members.length() - 1) {
			String member = members.strip();
			return Type.primary("{ " + member.substring(0, member.length() - 1) + " }");
		}
		return Type.primary("{\n" + members + indent + "}");
	}

	/**
	 * The type of the properties an object schema allows besides those it names, or
	 * {@code null} when there are none to type: none allowed, or some allowed but the
	 * schema names properties (a closed type checks payloads better). An object that merely
	 * tolerates unknown properties ({@code additionalProperties: true}, as where the server's
	 * mapper ignores them) is typed like one that says nothing about them.
	 */
	private @Nullable Type indexType(JsonNode schema, String indent, boolean noProperties) {
		List<Type> types = new ArrayList<>();
		JsonNode additional = schema.get("additionalProperties");
		if (additional == null || additional.isBoolean() && additional.asBoolean()) {
			if (noProperties && !schema.has("patternProperties")) {
				return UNKNOWN;
			}
		}
		else if (!additional.isBoolean()) {
			types.add(type(additional, indent));
		}
		schema.path("patternProperties").values().forEach((value) -> types.add(type(value, indent)));
		if (types.isEmpty()) {
			return noProperties ? NEVER : null;
		}
		return union(types);
	}

	private static List<JsonNode> branches(JsonNode schema, String keyword) {
		JsonNode branches = schema.get(keyword);
		return (branches != null && branches.isArray()) ? List.copyOf(branches.values()) : List.of();
	}

	/**
	 * The types a schema names, or that its keywords imply when it names none.
	 */
	private static List<String> types(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isString()) {
			return List.of(type.asString());
		}
		if (type != null && type.isArray()) {
			return type.values().stream().filter(JsonNode::isString).map(JsonNode::asString).distinct().toList();
		}
		if (schema.has("properties") || schema.has("additionalProperties") || schema.has("patternProperties")
				|| schema.has("required")) {
			return List.of("object");
		}
		if (schema.has("items") || schema.has("prefixItems")) {
			return List.of("array");
		}
		return List.of();
	}

	private static boolean isNullable(JsonNode schema) {
		return schema.path("nullable").asBoolean(false);
	}

	private static String jsonType(JsonNode value) {
		if (value.isString()) {
			return "string";
		}
		if (value.isNumber()) {
			return "number";
		}
		if (value.isBoolean()) {
			return "boolean";
		}
		if (value.isNull()) {
			return "null";
		}
		return value.isArray() ? "array" : "object";
	}

	private static Type literal(JsonNode value) {
		if (value.isString()) {
			return Type.primary(Identifiers.literal(value.asString()));
		}
		if (value.isNumber() || value.isBoolean() || value.isNull()) {
			return Type.primary(value.toString());
		}
		return UNKNOWN;
	}

	/**
	 * The union of types: duplicates once, {@code never} dropped, {@code unknown} absorbing.
	 */
	static Type union(List<Type> types) {
		Set<String> texts = new LinkedHashSet<>();
		for (Type type : types) {
			if (type.equals(UNKNOWN)) {
				return UNKNOWN;
			}
			if (!type.equals(NEVER)) {
				texts.add(type.text());
			}
		}
		if (texts.isEmpty()) {
			return NEVER;
		}
		if (texts.size() == 1) {
			return types.stream().filter((type) -> !type.equals(NEVER)).findFirst().orElse(NEVER);
		}
		return new Type(String.join(" | ", texts), Type.UNION);
	}

	/**
	 * The intersection of types: duplicates once, {@code unknown} dropped.
	 */
	static Type intersection(List<Type> types) {
		List<Type> parts = types.stream().filter((type) -> !type.equals(UNKNOWN)).distinct().toList();
		if (parts.isEmpty()) {
			return UNKNOWN;
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return new Type(String.join(" & ", parts.stream().map((type) -> type.wrapped(Type.INTERSECTION)).toList()),
				Type.INTERSECTION);
	}

	/**
	 * A type expression and how tightly it binds.
	 *
	 * @param text the expression
	 * @param precedence {@link #UNION}, {@link #INTERSECTION} or {@link #PRIMARY}
	 */
	record Type(String text, int precedence) {

		static final int UNION = 0;

		static final int INTERSECTION = 1;

		static final int PRIMARY = 2;

		static Type primary(String text) {
			return new Type(text, PRIMARY);
		}

		/**
		 * The expression, in parentheses when it binds less tightly than needed.
		 * @param needed the precedence the context needs
		 * @return the expression
		 */
		String wrapped(int needed) {
			return (this.precedence < needed) ? "(" + this.text + ")" : this.text;
		}

	}

}
