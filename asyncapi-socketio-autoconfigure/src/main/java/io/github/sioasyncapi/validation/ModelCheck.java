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

package io.github.sioasyncapi.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Checks an untyped value (a {@code JsonNode}, a {@code Map}) against an explicitly documented
 * model, as declared with {@code @OnEvent(payload = ..., ack = ...)}: the value must convert to
 * the model and satisfy its constraints, so that what the document promises is what the server
 * enforces.
 *
 * @since 0.1.0
 */
public final class ModelCheck {

	private final ObjectMapper mapper;

	private final ObjectReader reader;

	private final ConversionErrors errors;

	private final @Nullable ValueValidator validator;

	/**
	 * Create a check.
	 * @param mapper the mapper that converts payloads
	 * @param errors how conversion errors are described
	 * @param model the documented model
	 * @param validator the constraints of the model, or {@code null} when validation is off or
	 * the model has none
	 */
	public ModelCheck(ObjectMapper mapper, ConversionErrors errors, Class<?> model,
			@Nullable ValueValidator validator) {
		this.mapper = mapper;
		this.reader = mapper.readerFor(model);
		this.errors = errors;
		this.validator = validator;
	}

	/**
	 * Check a value.
	 * @param value the value, a JSON tree or any object the mapper can write
	 * @param prefix the value's position on the wire, such as {@code [1]}, or empty
	 * @return the violations, empty when the value matches the model
	 */
	public List<Violation> check(Object value, String prefix) {
		JsonNode tree = (value instanceof JsonNode node) ? node : this.mapper.valueToTree(value);
		Object model;
		try {
			model = this.reader.readValue(tree);
		}
		catch (JacksonException ex) {
			return List.of(this.errors.toViolation(prefix, tree, ex));
		}
		return (this.validator != null && model != null) ? this.validator.validate(model, prefix) : List.of();
	}

}
