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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payloads of the differential tests: a valid example of an event's payload schema, the
 * same cut down to what the schema requires, and mutations of it, each at one place of the
 * payload: the value replaced by every JSON type and by values around each documented bound,
 * length, pattern and enum, a property left out, an unknown property added, a type id unknown
 * or changed, an array emptied or grown, an argument left out or added, the remaining arguments
 * of an event up to and beyond their bound. Whether the schema allows a mutation or not is for
 * the schema to say; the tests compare its verdict with the server's.
 */
final class PayloadCases {

	/** The name of the property that mutations add to objects. */
	static final String UNKNOWN_PROPERTY = "unknown_property";

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final String REF_PREFIX = "#/components/schemas/";

	private static final List<JsonNode> EVERY_TYPE = List.of(nodes.nullNode(), nodes.stringNode("x"),
			nodes.stringNode("5"), nodes.numberNode(5), nodes.numberNode(2.5), nodes.booleanNode(true),
			nodes.objectNode(), nodes.arrayNode());

	private static final List<JsonNode> STRINGS = List.of(nodes.stringNode(""), nodes.stringNode("   "),
			nodes.stringNode("\u00a0"), nodes.stringNode("see http://x"), nodes.stringNode("http://x"),
			nodes.stringNode("not a date"), nodes.stringNode("2024-01-01"), nodes.stringNode("2024-01-01T12:00:00Z"),
			nodes.stringNode("2024-01-01T13:00:00+01:00"), nodes.stringNode("2024-02-30"),
			nodes.stringNode("3fa85f64-5717-4562-b3fc-2c963f66afa6"), nodes.stringNode("user@example.com"),
			nodes.stringNode("a@"), nodes.stringNode("12.50"), nodes.stringNode("true"));

	private static final List<JsonNode> INTEGERS = List.of(nodes.numberNode(0), nodes.numberNode(-1),
			nodes.numberNode(1), nodes.numberNode(128), nodes.numberNode(-129), nodes.numberNode(32768),
			nodes.numberNode(2147483648L), nodes.numberNode(-2147483649L),
			nodes.numberNode(new BigInteger("9223372036854775808")), nodes.numberNode(2.0),
			nodes.numberNode(new BigDecimal("1E+2")), nodes.stringNode("0"));

	private static final List<JsonNode> NUMBERS = List.of(nodes.numberNode(0), nodes.numberNode(-0.5),
			nodes.numberNode(0.5), nodes.numberNode(5.5), nodes.numberNode(1e300), nodes.stringNode("0.5"));

	private static final List<JsonNode> BOOLEANS = List.of(nodes.booleanNode(false), nodes.stringNode("true"),
			nodes.numberNode(1), nodes.numberNode(0));

	private final Map<String, ? extends JsonNode> definitions;

	PayloadCases(Map<String, ? extends JsonNode> definitions) {
		this.definitions = definitions;
	}

	/**
	 * One payload to send.
	 *
	 * @param label what was changed
	 * @param arguments the event's arguments
	 * @param path where the payload was changed, as the server names the location
	 */
	record Case(String label, List<JsonNode> arguments, String path) {
	}

	/**
	 * The cases of a payload schema.
	 * @param schema the message's payload schema
	 * @param example a valid payload (the argument list of a multi-argument event)
	 * @return the cases, the example first
	 */
	List<Case> cases(JsonNode schema, JsonNode example) {
		List<Case> cases = new ArrayList<>();
		JsonNode resolved = resolve(schema);
		if (isArgumentList(resolved)) {
			List<JsonNode> arguments = new ArrayList<>();
			example.forEach(arguments::add);
			int fixed = resolved.path("prefixItems").size();
			cases.add(new Case("the example", arguments, ""));
			cases.add(new Case("the required parts of the example", arguments(minimal(schema, example)), ""));
			for (int i = 0; i < arguments.size(); i++) {
				int position = i;
				mutate(itemSchema(resolved, i), arguments.get(i), "[" + i + "]",
						(replacement) -> replaced(arguments, position, replacement), cases);
				// the server names the first missing argument that does not take null; too few of
				// the remaining arguments break a bound on their number, at the payload
				int missing = i;
				while (missing < fixed && takesNull(itemSchema(resolved, missing))) {
					missing++;
				}
				cases.add(new Case("the first " + i + " argument(s) only", arguments.subList(0, i),
						(missing < fixed) ? "[" + missing + "]" : ""));
			}
			remaining(resolved, arguments, cases);
		}
		else {
			cases.add(new Case("the example", List.of(example), ""));
			cases.add(new Case("the required parts of the example", List.of(minimal(schema, example)), ""));
			mutate(schema, example, "", List::of, cases);
			cases.add(new Case("no argument", List.of(), ""));
		}
		return cases;
	}

	/**
	 * Arguments beyond the example's: one more (another of the remaining arguments, or one
	 * the event does not take, which the server ignores), and as many remaining arguments as
	 * their bound allows, and one more.
	 */
	private void remaining(JsonNode list, List<JsonNode> arguments, List<Case> cases) {
		JsonNode items = list.get("items");
		boolean remaining = items != null && items.isObject();
		int fixed = list.path("prefixItems").size();
		JsonNode another = (remaining && arguments.size() > fixed) ? arguments.get(arguments.size() - 1)
				: nodes.numberNode(1);
		List<JsonNode> more = new ArrayList<>(arguments);
		more.add(another.deepCopy());
		cases.add(new Case("one argument more", more, remaining ? "" : "[" + arguments.size() + "]"));
		if (remaining && list.path("maxItems").isNumber() && arguments.size() > fixed) {
			List<JsonNode> full = new ArrayList<>(arguments);
			while (full.size() < list.get("maxItems").asInt()) {
				full.add(another.deepCopy());
			}
			cases.add(new Case("as many arguments as allowed", List.copyOf(full), ""));
			full.add(another.deepCopy());
			cases.add(new Case("one argument more than allowed", full, ""));
		}
	}

	/**
	 * Whether a schema takes {@code null}: in its type, or as an alternative.
	 */
	private boolean takesNull(JsonNode schema) {
		JsonNode selected = select(schema, nodes.nullNode());
		JsonNode type = selected.path("type");
		return "null".equals(type.asString("")) || type.isArray() && type.valueStream().anyMatch((t) -> "null".equals(t.asString("")));
	}

	/**
	 * Whether a payload schema is the list of an event's arguments rather than one argument.
	 * @param schema the schema, resolved
	 * @return whether it is an argument list
	 */
	static boolean isArgumentList(JsonNode schema) {
		return schema.has("prefixItems") || schema.path("x-socketio-arguments").asBoolean(false);
	}

	private static List<JsonNode> arguments(JsonNode list) {
		List<JsonNode> arguments = new ArrayList<>();
		list.forEach(arguments::add);
		return arguments;
	}

	private static List<JsonNode> replaced(List<JsonNode> arguments, int position, JsonNode replacement) {
		List<JsonNode> copy = new ArrayList<>(arguments);
		copy.set(position, replacement);
		return copy;
	}

	private void mutate(JsonNode schema, JsonNode value, String path, Function<JsonNode, List<JsonNode>> rebuild,
			List<Case> cases) {
		JsonNode selected = select(schema, value);
		for (JsonNode candidate : candidates(selected, value)) {
			cases.add(new Case(describe(path) + " = " + candidate, rebuild.apply(candidate), path));
		}
		if (value instanceof ObjectNode object) {
			mutateObject(schema, selected, object, path, rebuild, cases);
		}
		else if (value instanceof ArrayNode array) {
			mutateArray(selected, array, path, rebuild, cases);
		}
	}

	private void mutateObject(JsonNode schema, JsonNode selected, ObjectNode object, String path,
			Function<JsonNode, List<JsonNode>> rebuild, List<Case> cases) {
		JsonNode base = resolve(schema);
		String discriminator = base.path("discriminator").asString(null);
		for (String name : List.copyOf(object.propertyNames())) {
			// another type id makes the object another type: any of its properties may be wrong;
			// without the property its type is deduced from, the object has no type
			String changed = (name.equals(discriminator) || deducesType(base, selected, name)) ? path
					: child(path, name);
			ObjectNode without = object.deepCopy();
			without.remove(name);
			cases.add(new Case("without " + child(path, name), rebuild.apply(without), changed));
			List<Case> nested = new ArrayList<>();
			mutate(propertySchema(selected, name), object.get(name), child(path, name),
					(replacement) -> rebuild.apply(object.deepCopy().set(name, replacement)), nested);
			nested.forEach((candidate) -> cases.add(name.equals(discriminator)
					? new Case(candidate.label(), candidate.arguments(), path) : candidate));
		}
		cases.add(new Case("with " + child(path, UNKNOWN_PROPERTY), rebuild.apply(object.deepCopy().put(UNKNOWN_PROPERTY, 1)),
				child(path, UNKNOWN_PROPERTY)));
		if (discriminator != null) {
			Set<String> ids = new LinkedHashSet<>(List.of("no_such_kind"));
			for (JsonNode variant : base.path("oneOf")) {
				JsonNode id = resolve(variant).path("properties").path(discriminator).get("const");
				if (id != null) {
					ids.add(id.asString());
				}
			}
			for (String id : ids) {
				if (!id.equals(object.path(discriminator).asString(null))) {
					cases.add(new Case(child(path, discriminator) + " = " + id,
							rebuild.apply(object.deepCopy().put(discriminator, id)), path));
				}
			}
		}
	}

	/**
	 * Whether a property is one that the subtype of a deduced polymorphic value ({@code anyOf}
	 * of subtypes, no discriminator) is told apart by: required by the selected subtype and
	 * known to no other.
	 */
	private boolean deducesType(JsonNode base, JsonNode selected, String name) {
		JsonNode anyOf = base.get("anyOf");
		if (anyOf == null || base.has("discriminator")
				|| !anyOf.valueStream().allMatch((branch) -> branch.has("$ref"))) {
			return false;
		}
		boolean required = selected.path("required").valueStream().anyMatch((value) -> value.asString().equals(name));
		return required && anyOf.valueStream()
			.map(this::resolve)
			.filter((branch) -> branch != selected)
			.noneMatch((branch) -> branch.path("properties").has(name));
	}

	private void mutateArray(JsonNode selected, ArrayNode array, String path,
			Function<JsonNode, List<JsonNode>> rebuild, List<Case> cases) {
		cases.add(new Case(describe(path) + " emptied", rebuild.apply(nodes.arrayNode()), path));
		ArrayNode withNull = array.deepCopy();
		withNull.addNull();
		cases.add(new Case(describe(path) + " with a null element", rebuild.apply(withNull),
				path + "[" + array.size() + "]"));
		if (array.isEmpty()) {
			return;
		}
		ArrayNode grown = array.deepCopy();
		grown.add(array.get(0).deepCopy());
		cases.add(new Case(describe(path) + " grown", rebuild.apply(grown), path));
		mutate(itemSchema(selected, 0), array.get(0), path + "[0]", (replacement) -> {
			ArrayNode copy = array.deepCopy();
			copy.set(0, replacement);
			return rebuild.apply(copy);
		}, cases);
	}

	private static Set<JsonNode> candidates(JsonNode schema, JsonNode value) {
		Set<JsonNode> candidates = new LinkedHashSet<>(EVERY_TYPE);
		if (value.isString()) {
			candidates.addAll(STRINGS);
			if (schema.has("maxLength")) {
				candidates.add(nodes.stringNode("y".repeat(schema.get("maxLength").asInt() + 1)));
				candidates.add(nodes.stringNode("y".repeat(schema.get("maxLength").asInt())));
			}
			if (schema.path("minLength").asInt(0) > 1) {
				candidates.add(nodes.stringNode("y".repeat(schema.get("minLength").asInt() - 1)));
			}
			for (JsonNode allowed : schema.path("enum")) {
				if (allowed.isString()) {
					candidates.add(allowed);
					candidates.add(nodes.stringNode(allowed.asString().toLowerCase()));
					candidates.add(nodes.stringNode(allowed.asString().toUpperCase()));
				}
			}
		}
		else if (value.isIntegralNumber()) {
			candidates.addAll(INTEGERS);
			for (String bound : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
				if (schema.path(bound).isNumber()) {
					BigDecimal at = schema.get(bound).decimalValue();
					candidates.add(nodes.numberNode(at.toBigInteger()));
					candidates.add(nodes.numberNode(at.toBigInteger().subtract(BigInteger.ONE)));
					candidates.add(nodes.numberNode(at.toBigInteger().add(BigInteger.ONE)));
				}
			}
		}
		else if (value.isNumber()) {
			candidates.addAll(NUMBERS);
			for (String bound : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
				if (schema.path(bound).isNumber()) {
					BigDecimal at = schema.get(bound).decimalValue();
					candidates.add(nodes.numberNode(at));
					candidates.add(nodes.numberNode(at.subtract(new BigDecimal("0.5"))));
					candidates.add(nodes.numberNode(at.add(new BigDecimal("0.5"))));
				}
			}
		}
		else if (value.isBoolean()) {
			candidates.addAll(BOOLEANS);
		}
		candidates.remove(value);
		return candidates;
	}

	/**
	 * The valid value cut down to the properties the schema requires (nested objects alike),
	 * and to the required leading arguments of a multi-argument payload.
	 */
	private JsonNode minimal(JsonNode schema, JsonNode value) {
		JsonNode selected = select(schema, value);
		if (isArgumentList(selected) && value.isArray()) {
			ArrayNode arguments = nodes.arrayNode();
			for (int i = 0; i < selected.path("minItems").asInt(0) && i < value.size(); i++) {
				arguments.add(minimal(itemSchema(selected, i), value.get(i)));
			}
			return arguments;
		}
		if (value instanceof ObjectNode object && selected.path("properties").isObject()) {
			ObjectNode smallest = nodes.objectNode();
			for (JsonNode name : selected.path("required")) {
				JsonNode property = object.get(name.asString());
				if (property != null) {
					smallest.set(name.asString(), minimal(propertySchema(selected, name.asString()), property));
				}
			}
			return smallest;
		}
		return value;
	}

	/**
	 * The schema that applies to a value: references followed, the branch of an {@code anyOf}
	 * or the variant of a {@code oneOf} that the value is meant for.
	 * @param schema the schema
	 * @param value the value
	 * @return the schema without references or alternatives
	 */
	JsonNode select(JsonNode schema, @Nullable JsonNode value) {
		JsonNode resolved = resolve(schema);
		JsonNode anyOf = resolved.get("anyOf");
		if (anyOf != null && anyOf.isArray()) {
			for (JsonNode branch : anyOf) {
				boolean nullBranch = "null".equals(resolve(branch).path("type").asString(""));
				if (nullBranch == (value == null || value.isNull())) {
					return select(branch, value);
				}
			}
			return select(anyOf.get(0), value);
		}
		JsonNode oneOf = resolved.get("oneOf");
		if (oneOf != null && oneOf.isArray() && !oneOf.isEmpty()) {
			String discriminator = resolved.path("discriminator").asString(null);
			JsonNode id = (discriminator != null && value != null) ? value.get(discriminator) : null;
			JsonNode fallback = null;
			for (JsonNode variant : oneOf) {
				JsonNode variantId = resolve(variant).path("properties").path(discriminator).get("const");
				if (variantId == null) {
					fallback = variant;
				}
				else if (variantId.equals(id)) {
					return select(variant, value);
				}
			}
			return select((fallback != null) ? fallback : oneOf.get(0), value);
		}
		return resolved;
	}

	/**
	 * The schema of a property of an object schema, or of its values when it is a map.
	 * @param object the object schema, selected
	 * @param name the property name
	 * @return the schema, {@code {}} when the schema says nothing about the property
	 */
	JsonNode propertySchema(JsonNode object, String name) {
		JsonNode property = object.path("properties").get(name);
		if (property != null) {
			return property;
		}
		JsonNode additional = object.get("additionalProperties");
		return (additional != null && additional.isObject()) ? additional : nodes.objectNode();
	}

	/**
	 * The schema of an element of an array schema.
	 * @param array the array schema, selected
	 * @param index the element's index
	 * @return the schema, {@code {}} when the schema says nothing about the element
	 */
	JsonNode itemSchema(JsonNode array, int index) {
		JsonNode prefixItems = array.get("prefixItems");
		if (prefixItems != null && index < prefixItems.size()) {
			return prefixItems.get(index);
		}
		JsonNode items = array.get("items");
		return (items != null && items.isObject()) ? items : nodes.objectNode();
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith(REF_PREFIX)) {
			JsonNode target = this.definitions.get(ref.substring(REF_PREFIX.length()));
			return (target != null) ? resolve(target) : schema;
		}
		return schema;
	}

	private static String child(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static String describe(String path) {
		return path.isEmpty() ? "the payload" : path;
	}

}
