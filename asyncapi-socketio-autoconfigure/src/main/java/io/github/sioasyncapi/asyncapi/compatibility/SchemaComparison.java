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

package io.github.sioasyncapi.asyncapi.compatibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.sioasyncapi.asyncapi.compatibility.Changes.Effect;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares a schema of the older document with its counterpart in the newer one, keyword by
 * keyword, and records what the difference does to the set of valid values: types
 * ({@code type} as a string or an array, {@code integer} within {@code number}), nullability
 * ({@code "null"} in {@code type}, {@code nullable}, a {@code null} alternative), {@code enum}
 * and {@code const}, bounds, {@code pattern}, {@code format}, {@code multipleOf}, properties
 * and {@code required}, {@code additionalProperties}, {@code items} and {@code prefixItems},
 * and {@code oneOf}/{@code anyOf} alternatives (matched by the schema they reference). A
 * component schema shared by several events is compared, and reported, for each of them; a
 * recursive one is not compared again within itself.
 */
final class SchemaComparison {

	private static final List<String> LOWER_BOUNDS = List.of("minimum", "exclusiveMinimum", "minLength", "minItems",
			"minProperties");

	private static final List<String> UPPER_BOUNDS = List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
			"maxProperties");

	private final ClientContract before;

	private final ClientContract after;

	private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "deprecated", "default",
			"readOnly", "writeOnly");

	private final Changes changes;

	private final Set<String> comparing = new HashSet<>();

	SchemaComparison(ClientContract before, ClientContract after, Changes changes) {
		this.before = before;
		this.after = after;
		this.changes = changes;
	}

	/**
	 * Compare two schemas.
	 * @param old the schema in the older document
	 * @param current the schema in the newer document
	 * @param flow which way the values travel
	 * @param where where the schema is, for the changes
	 */
	void compare(JsonNode old, JsonNode current, Flow flow, String where) {
		String oldName = ClientContract.schemaName(old);
		String newName = ClientContract.schemaName(current);
		String pair = (oldName != null && newName != null) ? oldName + "\u0000" + newName + "\u0000" + flow : null;
		if (pair != null && !this.comparing.add(pair)) {
			// a recursive schema, being compared further up
			return;
		}
		try {
			compareResolved(old, current, flow, where);
		}
		finally {
			if (pair != null) {
				this.comparing.remove(pair);
			}
		}
	}

	private void compareResolved(JsonNode old, JsonNode current, Flow flow, String where) {
		JsonNode before = this.before.resolve(old);
		JsonNode after = this.after.resolve(current);
		boolean oldNullable = nullable(this.before, before);
		boolean newNullable = nullable(this.after, after);
		if (!oldNullable && newNullable) {
			this.changes.schema(Effect.WIDENED, flow, where, "may now be null");
		}
		else if (oldNullable && !newNullable) {
			this.changes.schema(Effect.NARROWED, flow, where, "may no longer be null");
		}
		JsonNode oldValue = withoutNullAlternative(this.before, before);
		JsonNode newValue = withoutNullAlternative(this.after, after);
		if (oldValue != before || newValue != after) {
			compare(oldValue, newValue, flow, where);
			return;
		}
		if (!types(before, after, flow, where)) {
			return;
		}
		values(before, after, flow, where);
		for (String bound : LOWER_BOUNDS) {
			bound(before, after, bound, true, flow, where);
		}
		for (String bound : UPPER_BOUNDS) {
			bound(before, after, bound, false, flow, where);
		}
		for (String keyword : List.of("pattern", "format", "multipleOf")) {
			restriction(before, after, keyword, flow, where);
		}
		if (!before.path("uniqueItems").asBoolean(false) && after.path("uniqueItems").asBoolean(false)) {
			this.changes.schema(Effect.NARROWED, flow, where, "items must now be unique");
		}
		else if (before.path("uniqueItems").asBoolean(false) && !after.path("uniqueItems").asBoolean(false)) {
			this.changes.schema(Effect.WIDENED, flow, where, "items need no longer be unique");
		}
		properties(before, after, flow, where);
		items(before, after, flow, where);
		alternatives(before, after, "oneOf", flow, where);
		alternatives(before, after, "anyOf", flow, where);
	}

	/**
	 * Compare the types; {@code false} when they have nothing in common (nothing more to
	 * compare).
	 */
	private boolean types(JsonNode before, JsonNode after, Flow flow, String where) {
		Set<String> oldTypes = types(before);
		Set<String> newTypes = types(after);
		if (oldTypes.equals(newTypes)) {
			return true;
		}
		if (oldTypes.isEmpty()) {
			this.changes.schema(Effect.NARROWED, flow, where, "any type before, now " + String.join(" or ", newTypes));
			return true;
		}
		if (newTypes.isEmpty()) {
			this.changes.schema(Effect.WIDENED, flow, where, String.join(" or ", oldTypes) + " before, now any type");
			return true;
		}
		boolean lost = oldTypes.stream().anyMatch((type) -> !within(type, newTypes));
		boolean gained = newTypes.stream().anyMatch((type) -> !within(type, oldTypes));
		String what = "type changed from " + String.join(" or ", oldTypes) + " to " + String.join(" or ", newTypes);
		if (lost && gained) {
			this.changes.schema(Effect.CHANGED, flow, where, what);
		}
		else if (lost) {
			this.changes.schema(Effect.NARROWED, flow, where, what);
		}
		else if (gained) {
			this.changes.schema(Effect.WIDENED, flow, where, what);
		}
		return oldTypes.stream().anyMatch((type) -> within(type, newTypes))
				|| newTypes.stream().anyMatch((type) -> within(type, oldTypes));
	}

	private static boolean within(String type, Set<String> types) {
		return types.contains(type) || ("integer".equals(type) && types.contains("number"));
	}

	private void values(JsonNode before, JsonNode after, Flow flow, String where) {
		Set<JsonNode> oldValues = values(before);
		Set<JsonNode> newValues = values(after);
		if (oldValues == null && newValues == null) {
			return;
		}
		if (oldValues == null) {
			this.changes.schema(Effect.NARROWED, flow, where, "now restricted to " + list(newValues));
			return;
		}
		if (newValues == null) {
			this.changes.schema(Effect.WIDENED, flow, where, "no longer restricted to " + list(oldValues));
			return;
		}
		for (JsonNode value : oldValues) {
			if (!newValues.contains(value)) {
				this.changes.schema(Effect.NARROWED, flow, where, "value " + value + " removed");
			}
		}
		for (JsonNode value : newValues) {
			if (!oldValues.contains(value)) {
				this.changes.schema(Effect.WIDENED, flow, where, "value " + value + " added");
			}
		}
	}

	private static @Nullable Set<JsonNode> values(JsonNode schema) {
		if (schema.has("const")) {
			return Set.of(schema.get("const"));
		}
		JsonNode values = schema.get("enum");
		if (values == null || !values.isArray()) {
			return null;
		}
		Set<JsonNode> set = new LinkedHashSet<>(values.values());
		set.removeIf(JsonNode::isNull);
		return set;
	}

	private static String list(Set<JsonNode> values) {
		return String.join(", ", values.stream().map(JsonNode::toString).toList());
	}

	private void bound(JsonNode before, JsonNode after, String keyword, boolean lower, Flow flow, String where) {
		BigDecimal old = number(before.get(keyword));
		BigDecimal current = number(after.get(keyword));
		if (old == null && current == null || old != null && current != null && old.compareTo(current) == 0) {
			return;
		}
		if (old == null) {
			this.changes.schema(Effect.NARROWED, flow, where, keyword + " " + current.toPlainString() + " added");
		}
		else if (current == null) {
			this.changes.schema(Effect.WIDENED, flow, where, keyword + " " + old.toPlainString() + " removed");
		}
		else {
			boolean raised = current.compareTo(old) > 0;
			this.changes.schema((raised == lower) ? Effect.NARROWED : Effect.WIDENED, flow, where,
					keyword + (raised ? " raised" : " lowered") + " from " + old.toPlainString() + " to "
							+ current.toPlainString());
		}
	}

	private static @Nullable BigDecimal number(@Nullable JsonNode node) {
		return (node != null && node.isNumber()) ? node.decimalValue() : null;
	}

	private void restriction(JsonNode before, JsonNode after, String keyword, Flow flow, String where) {
		JsonNode old = before.get(keyword);
		JsonNode current = after.get(keyword);
		if (old == null && current == null || old != null && old.equals(current)) {
			return;
		}
		if (old == null) {
			this.changes.schema(Effect.NARROWED, flow, where, keyword + " " + current + " added");
		}
		else if (current == null) {
			this.changes.schema(Effect.WIDENED, flow, where, keyword + " " + old + " removed");
		}
		else {
			this.changes.schema(Effect.CHANGED, flow, where, keyword + " changed from " + old + " to " + current);
		}
	}

	private void properties(JsonNode before, JsonNode after, Flow flow, String where) {
		Map<String, JsonNode> oldProperties = properties(before);
		Map<String, JsonNode> newProperties = properties(after);
		Set<String> oldRequired = required(before);
		Set<String> newRequired = required(after);
		boolean closed = after.has("additionalProperties") && after.get("additionalProperties").isBoolean()
				&& !after.get("additionalProperties").asBoolean();
		for (Map.Entry<String, JsonNode> property : oldProperties.entrySet()) {
			String name = property.getKey();
			String at = where + "." + name;
			JsonNode current = newProperties.get(name);
			if (current == null) {
				if (flow == Flow.TO_CLIENT) {
					this.changes.add(true, at, "property removed");
				}
				else {
					this.changes.add(closed, at,
							closed ? "property removed, and no other properties are accepted"
									: "property removed (clients may still send it)");
				}
				continue;
			}
			if (oldRequired.contains(name) && !newRequired.contains(name)) {
				this.changes.schema(Effect.WIDENED, flow, at, "no longer required");
			}
			else if (!oldRequired.contains(name) && newRequired.contains(name)) {
				this.changes.schema(Effect.NARROWED, flow, at, "now required");
			}
			compare(property.getValue(), current, flow, at);
		}
		for (String name : newProperties.keySet()) {
			if (!oldProperties.containsKey(name)) {
				boolean required = newRequired.contains(name);
				this.changes.add(required && flow == Flow.TO_SERVER, where + "." + name,
						required ? "required property added" : "optional property added");
			}
		}
		JsonNode oldAdditional = before.get("additionalProperties");
		JsonNode newAdditional = after.get("additionalProperties");
		boolean oldClosed = oldAdditional != null && oldAdditional.isBoolean() && !oldAdditional.asBoolean();
		if (!oldClosed && closed && !oldProperties.isEmpty()) {
			this.changes.schema(Effect.NARROWED, flow, where, "other properties no longer accepted");
		}
		else if (oldClosed && !closed) {
			this.changes.schema(Effect.WIDENED, flow, where, "other properties now accepted");
		}
		else if (oldAdditional != null && oldAdditional.isObject() && newAdditional != null && newAdditional.isObject()) {
			compare(oldAdditional, newAdditional, flow, where + "[*]");
		}
	}

	private static Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		schema.path("properties").properties().forEach((entry) -> properties.put(entry.getKey(), entry.getValue()));
		return properties;
	}

	private static Set<String> required(JsonNode schema) {
		Set<String> required = new HashSet<>();
		schema.path("required").values().forEach((name) -> required.add(name.asString("")));
		return required;
	}

	/**
	 * Compare the elements of arrays: {@code items} of lists, and the positions of tuples
	 * ({@code prefixItems}), where a position one side lists is compared with what the other
	 * side says of the items after its own ({@code items}: a schema, {@code false} for none,
	 * anything when absent).
	 */
	private void items(JsonNode before, JsonNode after, Flow flow, String where) {
		JsonNode oldPrefix = before.path("prefixItems");
		JsonNode newPrefix = after.path("prefixItems");
		JsonNode oldItems = before.get("items");
		JsonNode newItems = after.get("items");
		for (int i = 0; i < Math.max(oldPrefix.size(), newPrefix.size()); i++) {
			JsonNode old = (i < oldPrefix.size()) ? oldPrefix.get(i) : oldItems;
			JsonNode current = (i < newPrefix.size()) ? newPrefix.get(i) : newItems;
			element(old, current, flow, where + "[" + i + "]");
		}
		if (oldItems != null && oldItems.isArray() || newItems != null && newItems.isArray()) {
			// the tuples of drafts before 2020-12 are not compared
			return;
		}
		element(oldItems, newItems, flow, where + "[]");
	}

	private void element(@Nullable JsonNode old, @Nullable JsonNode current, Flow flow, String where) {
		boolean oldAny = old == null || old.isBoolean() && old.asBoolean();
		boolean newAny = current == null || current.isBoolean() && current.asBoolean();
		boolean oldNone = old != null && old.isBoolean() && !old.asBoolean();
		boolean newNone = current != null && current.isBoolean() && !current.asBoolean();
		if (oldAny && newAny || oldNone && newNone) {
			return;
		}
		if (oldNone) {
			this.changes.schema(Effect.WIDENED, flow, where, newAny ? "now accepted" : "now accepted with a schema");
		}
		else if (newNone) {
			this.changes.schema(Effect.NARROWED, flow, where, "no longer accepted");
		}
		else if (oldAny) {
			this.changes.schema(Effect.NARROWED, flow, where, "any value before, now restricted by a schema");
		}
		else if (newAny) {
			this.changes.schema(Effect.WIDENED, flow, where, "restricted by a schema before, now any value");
		}
		else {
			compare(old, current, flow, where);
		}
	}

	private void alternatives(JsonNode before, JsonNode after, String keyword, Flow flow, String where) {
		List<JsonNode> oldBranches = branches(before, keyword);
		List<JsonNode> newBranches = branches(after, keyword);
		if (oldBranches.isEmpty() && newBranches.isEmpty()) {
			return;
		}
		Map<String, JsonNode> oldByKey = byKey(oldBranches);
		Map<String, JsonNode> newByKey = byKey(newBranches);
		for (Map.Entry<String, JsonNode> branch : oldByKey.entrySet()) {
			JsonNode current = newByKey.get(branch.getKey());
			if (current == null) {
				this.changes.schema(Effect.NARROWED, flow, where, "alternative " + branch.getKey() + " removed");
			}
			else {
				compare(branch.getValue(), current, flow, where + "<" + branch.getKey() + ">");
			}
		}
		for (String key : newByKey.keySet()) {
			if (!oldByKey.containsKey(key)) {
				this.changes.schema(Effect.WIDENED, flow, where, "alternative " + key + " added");
			}
		}
	}

	private static List<JsonNode> branches(JsonNode schema, String keyword) {
		JsonNode branches = schema.get(keyword);
		return (branches != null && branches.isArray()) ? List.copyOf(branches.values()) : List.of();
	}

	/** Alternatives by the component schema they reference, or else by position. */
	private static Map<String, JsonNode> byKey(List<JsonNode> branches) {
		Map<String, JsonNode> byKey = new LinkedHashMap<>();
		for (int i = 0; i < branches.size(); i++) {
			String name = ClientContract.schemaName(branches.get(i));
			byKey.put((name != null) ? name : "#" + (i + 1), branches.get(i));
		}
		return byKey;
	}

	/** The types a schema names, without {@code null}, or that its keywords imply. */
	private static Set<String> types(JsonNode schema) {
		Set<String> types = new LinkedHashSet<>();
		JsonNode type = schema.get("type");
		if (type != null && type.isString()) {
			types.add(type.asString());
		}
		else if (type != null && type.isArray()) {
			type.values().forEach((value) -> types.add(value.asString("")));
		}
		else if (schema.has("properties") || schema.has("additionalProperties") || schema.has("required")) {
			types.add("object");
		}
		else if (schema.has("items") || schema.has("prefixItems")) {
			types.add("array");
		}
		types.remove("null");
		return types;
	}

	private static boolean nullable(ClientContract contract, JsonNode schema) {
		if (schema.path("nullable").asBoolean(false)) {
			return true;
		}
		JsonNode type = schema.get("type");
		if (type != null && ("null".equals(type.asString("")) || type.isArray() && type.values().stream()
			.anyMatch((value) -> "null".equals(value.asString(""))))) {
			return true;
		}
		JsonNode values = schema.get("enum");
		if (values != null && values.isArray() && values.values().stream().anyMatch(JsonNode::isNull)) {
			return true;
		}
		for (String keyword : List.of("oneOf", "anyOf")) {
			for (JsonNode branch : branches(schema, keyword)) {
				if (isNull(contract.resolve(branch))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isNull(JsonNode schema) {
		JsonNode type = schema.get("type");
		return (type != null && "null".equals(type.asString(""))) || (schema.has("const") && schema.get("const").isNull());
	}

	/**
	 * The only other alternative of a schema that is {@code oneOf}/{@code anyOf} one schema or
	 * {@code null}, or the schema itself.
	 */
	private static JsonNode withoutNullAlternative(ClientContract contract, JsonNode schema) {
		for (String keyword : List.of("oneOf", "anyOf")) {
			List<JsonNode> branches = new ArrayList<>(branches(schema, keyword));
			// the alternatives may come with annotations, such as a nullable reference's description
			if (branches.size() == 2 && schema.propertyNames()
				.stream()
				.allMatch((name) -> name.equals(keyword) || ANNOTATIONS.contains(name))) {
				branches.removeIf((branch) -> isNull(contract.resolve(branch)));
				if (branches.size() == 1) {
					return branches.get(0);
				}
			}
		}
		return schema;
	}

}
