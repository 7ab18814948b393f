package io.github.sioasyncapi.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.executable.ExecutableValidator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Validates the arguments of one handler method: method parameter constraints (such as
 * {@code @Min int x}) through Bean Validation's {@link ExecutableValidator}, and each payload
 * argument as if annotated with {@code @Valid}. Created by
 * {@link ConstraintValidation#forArguments}.
 */
public final class ArgumentValidator {

	private final ExecutableValidator executables;

	private final Method method;

	private final Class<?>[] groups;

	private final boolean parameterConstraints;

	private final List<Cascade> cascades;

	private final Map<Integer, String> prefixes;

	private final Map<Integer, JavaType> types;

	private final WirePaths wirePaths;

	ArgumentValidator(ExecutableValidator executables, Method method, Class<?>[] groups, boolean parameterConstraints,
			List<Cascade> cascades, Map<Integer, String> prefixes, Map<Integer, JavaType> types, WirePaths wirePaths) {
		this.executables = executables;
		this.method = method;
		this.groups = groups;
		this.parameterConstraints = parameterConstraints;
		this.cascades = cascades;
		this.prefixes = prefixes;
		this.types = types;
		this.wirePaths = wirePaths;
	}

	/**
	 * Validate the resolved arguments of an invocation.
	 * @param target the handler bean
	 * @param arguments the arguments, in method parameter order
	 * @return the violations, empty when the arguments are valid
	 */
	public List<Violation> validate(Object target, Object[] arguments) {
		List<Violation> violations = new ArrayList<>(0);
		if (this.parameterConstraints) {
			for (ConstraintViolation<Object> violation : this.executables.validateParameters(target, this.method,
					arguments, this.groups)) {
				int index = parameterIndex(violation.getPropertyPath());
				String prefix = this.prefixes.getOrDefault(index, "");
				JavaType type = this.types.getOrDefault(index, TypeFactory.unknownType());
				violations.add(new Violation(
						this.wirePaths.of(prefix, type, (index >= 0) ? arguments[index] : null, violation.getPropertyPath(), true),
						violation.getMessage(), violation.getInvalidValue()));
			}
		}
		for (Cascade cascade : this.cascades) {
			violations.addAll(cascade.values().validate(arguments[cascade.parameterIndex()], cascade.prefix()));
		}
		return violations;
	}

	private static int parameterIndex(Path path) {
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PARAMETER) {
				return node.as(Path.ParameterNode.class).getParameterIndex();
			}
		}
		return -1;
	}

	record Cascade(int parameterIndex, String prefix, ValueValidator values) {
	}

}
