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

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.sioasyncapi.json.ArgumentRecord;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * Validates a value, or each element of a collection, array, map or {@code Optional} value, as
 * if it were annotated with {@link jakarta.validation.Valid @Valid}. An
 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record is validated as
 * the arguments it is sent as: its own constraints, and each component as if it were a value
 * of its own, which must not be {@code null} unless it is {@code @Nullable}. Created by
 * {@link ConstraintValidation#forValue}.
 *
 * @since 0.1.0
 */
public final class ValueValidator {

	private final Validator validator;

	private final JavaType elementType;

	private final boolean incoming;

	private final Class<?>[] groups;

	private final WirePaths wirePaths;

	private final @Nullable ArgumentRecord arguments;

	private final List<@Nullable ValueValidator> argumentValidators;

	ValueValidator(Validator validator, JavaType elementType, boolean incoming, Class<?>[] groups,
			WirePaths wirePaths) {
		this(validator, elementType, incoming, groups, wirePaths, null, List.of());
	}

	ValueValidator(Validator validator, JavaType elementType, boolean incoming, Class<?>[] groups,
			WirePaths wirePaths, @Nullable ArgumentRecord arguments, List<@Nullable ValueValidator> argumentValidators) {
		this.validator = validator;
		this.elementType = elementType;
		this.incoming = incoming;
		this.groups = groups;
		this.wirePaths = wirePaths;
		this.arguments = arguments;
		this.argumentValidators = argumentValidators;
	}

	/**
	 * Validate a value.
	 * @param value the value, possibly {@code null}
	 * @param prefix the value's position on the wire, such as {@code [1]}, or empty
	 * @return the violations, empty when the value is valid
	 */
	public List<Violation> validate(@Nullable Object value, String prefix) {
		List<Violation> violations = new ArrayList<>(0);
		collect(value, prefix, violations);
		return violations;
	}

	private void collect(@Nullable Object value, String prefix, List<Violation> violations) {
		if (value == null) {
			return;
		}
		if (value instanceof Optional<?> optional) {
			optional.ifPresent((present) -> collect(present, prefix, violations));
		}
		else if (value instanceof Iterable<?> iterable) {
			int index = 0;
			for (Object element : iterable) {
				collect(element, prefix + "[" + index++ + "]", violations);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> collect(element, WirePaths.child(prefix, String.valueOf(key)), violations));
		}
		else if (value.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				collect(Array.get(value, i), prefix + "[" + i + "]", violations);
			}
		}
		else {
			for (ConstraintViolation<Object> violation : this.validator.validate(value, this.groups)) {
				violations.add(new Violation(
						this.wirePaths.of(prefix, this.elementType, value, violation.getPropertyPath(), this.incoming),
						violation.getMessage(), violation.getInvalidValue()));
			}
			if (this.arguments != null && this.arguments.getType() == value.getClass()) {
				collectArguments(value, prefix, violations);
			}
		}
	}

	private void collectArguments(Object record, String prefix, List<Violation> violations) {
		List<@Nullable Object> values = this.arguments.arguments(record);
		for (ArgumentRecord.Component component : this.arguments.getComponents()) {
			Object value = values.get(component.position());
			String at = prefix + "[" + component.position() + "]";
			if (value == null || value instanceof Optional<?> optional && optional.isEmpty()) {
				if (value == null && !component.nullable()) {
					violations.add(ConversionErrors.missing(at, false));
				}
				continue;
			}
			ValueValidator validator = this.argumentValidators.get(component.position());
			if (validator != null) {
				violations.addAll(validator.validate(value, at));
			}
		}
	}

}
