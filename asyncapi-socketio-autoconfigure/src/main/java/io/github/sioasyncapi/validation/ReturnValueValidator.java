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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.executable.ExecutableValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * Validates the acknowledgements returned by one handler method: return value constraints
 * through Bean Validation's {@link ExecutableValidator}, and the value itself as if annotated
 * with {@code @Valid}. Created by {@link ConstraintValidation#forReturnValue}.
 *
 * @since 0.1.0
 */
public final class ReturnValueValidator {

	private final ExecutableValidator executables;

	private final Method method;

	private final Class<?>[] groups;

	private final boolean returnConstraints;

	private final @Nullable ValueValidator values;

	private final JavaType type;

	private final WirePaths wirePaths;

	ReturnValueValidator(ExecutableValidator executables, Method method, Class<?>[] groups, boolean returnConstraints,
			@Nullable ValueValidator values, JavaType type, WirePaths wirePaths) {
		this.executables = executables;
		this.method = method;
		this.groups = groups;
		this.returnConstraints = returnConstraints;
		this.values = values;
		this.type = type;
		this.wirePaths = wirePaths;
	}

	/**
	 * Validate an acknowledgement value.
	 * @param target the handler bean
	 * @param value the value the method returned (or its future completed with)
	 * @return the violations, empty when the value is valid
	 */
	public List<Violation> validate(Object target, @Nullable Object value) {
		List<Violation> violations = new ArrayList<>(0);
		if (this.returnConstraints) {
			for (ConstraintViolation<Object> violation : this.executables.validateReturnValue(target, this.method,
					value, this.groups)) {
				violations.add(new Violation(this.wirePaths.of("", this.type, value, violation.getPropertyPath(), false),
						violation.getMessage(), violation.getInvalidValue()));
			}
		}
		if (this.values != null && value != null) {
			violations.addAll(this.values.validate(value, ""));
		}
		return violations;
	}

}
