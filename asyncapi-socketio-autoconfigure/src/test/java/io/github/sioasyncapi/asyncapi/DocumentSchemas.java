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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates values against the schemas of an AsyncAPI document with networknt's JSON Schema
 * validator (draft 2020-12, which has every keyword the generator writes, {@code prefixItems}
 * included), formats asserted and {@code pattern}s matched as ECMA-262 regular expressions, as
 * the document's readers (JavaScript clients, the official tools) match them.
 */
final class DocumentSchemas {

	private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
			SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
				.formatAssertionsEnabled(true)
				.regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
				.build()));

	private final JsonNode document;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	DocumentSchemas(JsonNode document) {
		this.document = document;
	}

	/**
	 * The problems of a value against the schema at a location of the document.
	 * @param pointer a JSON pointer into the document, such as
	 * {@code /components/messages/make_move/payload}
	 * @param value the value
	 * @return the problems, empty when the value is valid
	 */
	List<Error> validate(String pointer, JsonNode value) {
		return this.schemas.computeIfAbsent(pointer, this::schema).validate(value);
	}

	/**
	 * The schema at a pointer, made a root of its own: with the document's
	 * {@code components.schemas} beside it, its {@code #/components/schemas/...} references
	 * resolve.
	 */
	private Schema schema(String pointer) {
		JsonNode node = this.document.at(JsonPointer.compile(pointer));
		if (!node.isObject()) {
			throw new IllegalArgumentException("No schema at " + pointer);
		}
		ObjectNode root = ((ObjectNode) node).deepCopy();
		root.putObject("components").set("schemas", this.document.path("components").path("schemas"));
		return registry.getSchema(root);
	}

}
