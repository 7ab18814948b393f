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
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.executable.ExecutableValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Validates the arguments of one handler method: method parameter constraints (such as
 * {@code @Min int x}) through Bean Validation's {@link ExecutableValidator}, and each payload
 * argument as if annotated with {@code @Valid}; each element of a parameter that collects the
 * remaining arguments as an argument of its own. Created by
 * {@link ConstraintValidation#forArguments}.
 *
 * @since 0.1.0
 */
public final class ArgumentValidator {

	private static final Binding UNBOUND = new Binding("", -1, TypeFactory.unknownType());

	private final ExecutableValidator executables;

	private final Method method;

	private final Class<?>[] groups;

	private final boolean parameterConstraints;

	private final List<Cascade> cascades;

	private final Map<Integer, Binding> bindings;

	private final WirePaths wirePaths;

	ArgumentValidator(ExecutableValidator executables, Method method, Class<?>[] groups, boolean parameterConstraints,
			List<Cascade> cascades, Map<Integer, Binding> bindings, WirePaths wirePaths) {
		this.executables = executables;
		this.method = method;
		this.groups = groups;
		this.parameterConstraints = parameterConstraints;
		this.cascades = cascades;
		this.bindings = bindings;
		this.wirePaths = wirePaths;
	}

	/**
	 * Validate the resolved arguments of an invocation.
	 * @param target the handler bean
	 * @param arguments the arguments, in method parameter order
	 * @return the violations, empty when the arguments are valid
	 */
	public List<Violation> validate(Object target, @Nullable Object[] arguments) {
		List<Violation> violations = new ArrayList<>(0);
		if (this.parameterConstraints) {
			for (ConstraintViolation<Object> violation : this.executables.validateParameters(target, this.method,
					arguments, this.groups)) {
				int index = parameterIndex(violation.getPropertyPath());
				Binding binding = this.bindings.getOrDefault(index, UNBOUND);
				violations.add(new Violation(this.wirePaths.of(binding.prefix(), Math.max(0, binding.firstArgument()),
						binding.type(), (index >= 0) ? arguments[index] : null, violation.getPropertyPath(), true),
						violation.getMessage(), violation.getInvalidValue()));
			}
		}
		for (Cascade cascade : this.cascades) {
			Object value = arguments[cascade.parameterIndex()];
			int first = cascade.binding().firstArgument();
			if (first < 0 || value == null) {
				violations.addAll(cascade.values().validate(value, cascade.binding().prefix()));
			}
			else {
				List<?> elements = (value instanceof List<?> list) ? list : arrayElements(value);
				for (int i = 0; i < elements.size(); i++) {
					violations.addAll(cascade.values().validate(elements.get(i), "[" + (first + i) + "]"));
				}
			}
		}
		return violations;
	}

	private static List<@Nullable Object> arrayElements(Object array) {
		List<@Nullable Object> elements = new ArrayList<>(Array.getLength(array));
		for (int i = 0; i < Array.getLength(array); i++) {
			elements.add(Array.get(array, i));
		}
		return elements;
	}

	private static int parameterIndex(Path path) {
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PARAMETER) {
				return node.as(Path.ParameterNode.class).getParameterIndex();
			}
		}
		return -1;
	}

	/**
	 * Where a payload parameter's value is on the wire.
	 *
	 * @param prefix the argument's position, such as {@code [1]}, or empty for the only argument
	 * (and for the remaining arguments)
	 * @param firstArgument the position of the first of the remaining arguments when the
	 * parameter collects them, {@code -1} otherwise
	 * @param type the parameter's type
	 */
	record Binding(String prefix, int firstArgument, JavaType type) {
	}

	record Cascade(int parameterIndex, Binding binding, ValueValidator values) {
	}

}
