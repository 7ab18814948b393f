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
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * TSDoc comments from schema and message documentation: the description, then tags for what
 * the type system cannot say ({@code @format}, bounds, {@code @pattern}, {@code @deprecated}),
 * named as typescript-json-schema and similar tools read them.
 */
final class DocComment {

	private static final List<String> CONSTRAINTS = List.of("format", "minimum", "exclusiveMinimum", "maximum",
			"exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems",
			"uniqueItems", "minProperties", "maxProperties", "default");

	private final List<String> paragraphs = new ArrayList<>();

	private final List<String> tags = new ArrayList<>();

	/**
	 * The documentation of a schema: its title (when it has no description), description,
	 * constraints and deprecation.
	 * @param schema the schema
	 * @return the comment
	 */
	static DocComment of(JsonNode schema) {
		DocComment comment = new DocComment();
		if (!schema.isObject()) {
			return comment;
		}
		String description = text(schema, "description");
		comment.paragraph((description != null) ? description : text(schema, "title"));
		for (String keyword : CONSTRAINTS) {
			JsonNode value = schema.get(keyword);
			if (value != null && (value.isValueNode() && !value.isNull())) {
				comment.tag("@" + keyword + " " + (value.isString() ? value.asString() : value.toString()));
			}
		}
		if (schema.path("deprecated").asBoolean(false)) {
			comment.tag("@deprecated");
		}
		return comment;
	}

	/**
	 * Add a paragraph.
	 * @param text the text, or {@code null} or blank for none
	 * @return this comment
	 */
	DocComment paragraph(@Nullable String text) {
		if (text != null && !text.isBlank()) {
			this.paragraphs.add(text.strip());
		}
		return this;
	}

	DocComment tag(String tag) {
		this.tags.add(tag);
		return this;
	}

	/**
	 * Write the comment, when it has any text.
	 * @param out where to write
	 * @param indent the indentation of the commented declaration
	 */
	void writeTo(StringBuilder out, String indent) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : this.paragraphs) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			paragraph.lines().map(String::stripTrailing).forEach(lines::add);
		}
		if (!this.tags.isEmpty() && !lines.isEmpty()) {
			lines.add("");
		}
		this.tags.forEach((tag) -> lines.add(tag.lines().findFirst().orElse("")));
		if (lines.isEmpty()) {
			return;
		}
		if (lines.size() == 1 && lines.get(0).length() <= 100) {
			out.append(indent).append("/** ").append(escape(lines.get(0))).append(" */\n");
			return;
		}
		out.append(indent).append("/**\n");
		for (String line : lines) {
			out.append(indent).append(line.isEmpty() ? " *" : " * " + escape(line)).append('\n');
		}
		out.append(indent).append(" */\n");
	}

	/** Text must not end the comment early. */
	private static String escape(String line) {
		return line.replace("*/", "*\\/");
	}

	private static @Nullable String text(JsonNode schema, String property) {
		JsonNode value = schema.get(property);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
