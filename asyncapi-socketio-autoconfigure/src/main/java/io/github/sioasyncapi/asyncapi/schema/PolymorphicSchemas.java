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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import io.github.sioasyncapi.json.WireFormat.Variant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the schemas of polymorphic types as Jackson reads and writes them. A base type
 * becomes a {@code oneOf} of its concrete subtypes with the type property as
 * {@code discriminator}; each subtype becomes a complete object schema (the base type's
 * properties included, instead of swagger-core's {@code allOf} reference to the base) whose
 * type property is the {@code const} type id, so that any JSON Schema validator picks exactly
 * one variant. A default subtype ({@code @JsonTypeInfo(defaultImpl = ...)}), which Jackson
 * reads when the type id is missing or unknown, takes every type id but the other variants'
 * and does not require one. The subtypes of a {@code DEDUCTION} type, which have no type id,
 * are an {@code anyOf} instead, each requiring the properties Jackson deduces it from
 * ({@link #requireDeducingProperties}): JSON Schema cannot say that the first of them in the
 * object decides, so an object with the properties of two subtypes matches both.
 */
final class PolymorphicSchemas {

	private static final String REF_PREFIX = "#/components/schemas/";

	private final Map<String, ObjectNode> definitions;

	private final Function<Class<?>, @Nullable String> names;

	/**
	 * Create a rewriter.
	 * @param definitions the schemas by name, rewritten in place
	 * @param names the schema name of a class, {@code null} if it has none
	 */
	PolymorphicSchemas(Map<String, ObjectNode> definitions, Function<Class<?>, @Nullable String> names) {
		this.definitions = definitions;
		this.names = names;
	}

	/**
	 * Rewrite a base type and its subtypes.
	 * @param baseName the base type's schema name
	 * @param polymorphism how the base type's subtypes are told apart
	 */
	void rewrite(String baseName, Polymorphism polymorphism) {
		ObjectNode base = this.definitions.get(baseName);
		if (base == null) {
			return;
		}
		ObjectNode common = base.deepCopy();
		common.remove("discriminator");
		ObjectNode rewritten = JsonNodeFactory.instance.objectNode();
		copy(base, rewritten, "title", "description", "deprecated", "externalDocs");
		String property = polymorphism.property();
		ArrayNode ids = JsonNodeFactory.instance.arrayNode();
		ArrayNode oneOf = JsonNodeFactory.instance.arrayNode();
		Class<?> defaultType = polymorphism.defaultType();
		List<String> otherIds = polymorphism.variants()
			.stream()
			.filter((variant) -> variant.type() != defaultType && variant.id() != null)
			.map(Variant::id)
			.toList();
		for (Variant variant : polymorphism.variants()) {
			String name = this.names.apply(variant.type());
			ObjectNode subtype = (name != null) ? this.definitions.get(name) : null;
			if (subtype == null) {
				continue;
			}
			ObjectNode flat = flatten(subtype, baseName, common, property, variant.id());
			if (variant.type() == defaultType && property != null) {
				acceptAnyOtherId(flat, property, otherIds);
			}
			this.definitions.put(name, flat);
			oneOf.addObject().put("$ref", REF_PREFIX + name);
			if (variant.id() != null) {
				ids.add(variant.id());
			}
		}
		if (oneOf.isEmpty()) {
			return;
		}
		rewritten.put("type", "object");
		if (property != null && ids.size() == oneOf.size()) {
			if (defaultType == null) {
				rewritten.putObject("properties").putObject(property).put("type", "string").set("enum", ids);
				rewritten.putArray("required").add(property);
			}
			rewritten.put("discriminator", property);
		}
		rewritten.set(polymorphism.deduction() ? "anyOf" : "oneOf", oneOf);
		this.definitions.put(baseName, rewritten);
	}

	/**
	 * Make each subtype of a {@code DEDUCTION} type require the properties Jackson deduces it
	 * from: the one property no other subtype has, or one of several. Applied once the
	 * schemas follow the wire's rules, which know nothing of deduction.
	 * @param baseName the base type's schema name
	 * @param polymorphism how the base type's subtypes are told apart
	 */
	void requireDeducingProperties(String baseName, Polymorphism polymorphism) {
		if (!polymorphism.deduction() || !this.definitions.containsKey(baseName)) {
			return;
		}
		for (Variant variant : polymorphism.variants()) {
			String name = this.names.apply(variant.type());
			ObjectNode subtype = (name != null) ? this.definitions.get(name) : null;
			List<String> deducedBy = variant.deducedBy();
			if (subtype == null || variant.type() == polymorphism.defaultType() || deducedBy.isEmpty()) {
				continue;
			}
			if (deducedBy.size() == 1) {
				JsonNode required = subtype.get("required");
				ArrayNode array = (required instanceof ArrayNode existing) ? existing : subtype.putArray("required");
				if (array.valueStream().noneMatch((value) -> value.asString().equals(deducedBy.get(0)))) {
					array.add(deducedBy.get(0));
				}
			}
			else {
				ArrayNode anyOf = subtype.putArray("anyOf");
				deducedBy.forEach((property) -> anyOf.addObject().putArray("required").add(property));
			}
		}
	}

	/**
	 * The default subtype takes no type id, or any value but the other variants' ids (Jackson
	 * reads an id of any JSON type as text).
	 */
	private static void acceptAnyOtherId(ObjectNode flat, String property, List<String> otherIds) {
		ObjectNode id = ((ObjectNode) flat.get("properties")).putObject(property);
		ArrayNode others = id.putObject("not").putArray("enum");
		otherIds.forEach(others::add);
		JsonNode required = flat.get("required");
		if (required instanceof ArrayNode array) {
			ArrayNode kept = JsonNodeFactory.instance.arrayNode();
			array.valueStream().filter((name) -> !property.equals(name.asString())).forEach(kept::add);
			if (kept.isEmpty()) {
				flat.remove("required");
			}
			else {
				flat.set("required", kept);
			}
		}
	}

	private static ObjectNode flatten(ObjectNode subtype, String baseName, ObjectNode common,
			@Nullable String property, @Nullable String id) {
		ObjectNode flat = JsonNodeFactory.instance.objectNode();
		copy(subtype, flat, "title", "description", "deprecated", "externalDocs");
		flat.put("type", "object");
		ObjectNode properties = flat.putObject("properties");
		Set<String> required = new LinkedHashSet<>();
		if (property != null && id != null) {
			properties.putObject(property).put("type", "string").put("const", id);
			required.add(property);
		}
		merge(common, properties, required, property);
		JsonNode allOf = subtype.get("allOf");
		if (allOf != null && allOf.isArray()) {
			for (JsonNode part : allOf) {
				if (!(REF_PREFIX + baseName).equals(part.path("$ref").asString(""))) {
					merge(part, properties, required, property);
				}
			}
		}
		else {
			merge(subtype, properties, required, property);
		}
		if (!required.isEmpty()) {
			ArrayNode array = flat.putArray("required");
			required.forEach(array::add);
		}
		copy(subtype, flat, "additionalProperties", "examples");
		return flat;
	}

	private static void merge(JsonNode source, ObjectNode properties, Set<String> required,
			@Nullable String property) {
		JsonNode sourceProperties = source.get("properties");
		if (sourceProperties != null && sourceProperties.isObject()) {
			sourceProperties.properties().forEach((entry) -> {
				if (!entry.getKey().equals(property)) {
					properties.set(entry.getKey(), entry.getValue().deepCopy());
				}
			});
		}
		JsonNode sourceRequired = source.get("required");
		if (sourceRequired != null && sourceRequired.isArray()) {
			sourceRequired.values().forEach((name) -> required.add(name.asString()));
		}
	}

	private static void copy(JsonNode source, ObjectNode target, String... keywords) {
		for (String keyword : keywords) {
			JsonNode value = source.get(keyword);
			if (value != null) {
				target.set(keyword, value.deepCopy());
			}
		}
	}

}
