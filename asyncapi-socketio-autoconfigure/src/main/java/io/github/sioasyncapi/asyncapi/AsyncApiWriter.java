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

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a document as YAML or JSON, in the model's property order ({@code asyncapi, info,
 * servers, defaultContentType, channels, operations, components}). Uses mappers of its own:
 * the application's naming strategy applies to payloads, never to the document's keys.
 * YAML strings are quoted only where a YAML parser could take them for something else
 * (numbers, dates, booleans, {@code null}), so that {@code protocolVersion: "5"} stays a string.
 *
 * @since 0.1.0
 */
public final class AsyncApiWriter {

	private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ObjectMapper yaml = YAMLMapper
		.builder(YAMLFactory.builder().stringQuotingChecker(new QuoteAmbiguousStrings()).build())
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	/**
	 * Create a writer with JSON and YAML mappers of its own, independent of the
	 * application's.
	 */
	public AsyncApiWriter() {
	}

	/**
	 * Write a document as YAML.
	 * @param document the document
	 * @return the YAML text
	 */
	public String toYaml(AsyncApiDocument document) {
		return this.yaml.writeValueAsString(document);
	}

	/**
	 * Write a document as JSON, indented.
	 * @param document the document
	 * @return the JSON text
	 */
	public String toJson(AsyncApiDocument document) {
		return this.json.writeValueAsString(document);
	}

	/**
	 * Quotes, besides what YAML needs, every string that starts with a digit, a sign or a dot:
	 * YAML 1.1 parsers read values such as {@code 2024-01-01}, {@code 1_000} or {@code 0x1F}
	 * as dates and numbers.
	 */
	private static final class QuoteAmbiguousStrings extends StringQuotingChecker.Default {

		private static final long serialVersionUID = 1L;

		@Override
		public boolean needToQuoteName(String name) {
			return super.needToQuoteName(name) || ambiguous(name);
		}

		@Override
		public boolean needToQuoteValue(String value) {
			return super.needToQuoteValue(value) || ambiguous(value);
		}

		private static boolean ambiguous(String text) {
			if (text.isEmpty()) {
				return true;
			}
			char first = text.charAt(0);
			return Character.isDigit(first) || first == '-' || first == '+' || first == '.';
		}

	}

}
