package io.github.sioasyncapi.validation;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.JavaType;

/**
 * Validates a value, or each element of a collection, array, map or {@code Optional} value, as
 * if it were annotated with {@link jakarta.validation.Valid @Valid}. Created by
 * {@link ConstraintValidation#forValue}.
 */
public final class ValueValidator {

	private final Validator validator;

	private final JavaType elementType;

	private final boolean incoming;

	private final Class<?>[] groups;

	private final WirePaths wirePaths;

	ValueValidator(Validator validator, JavaType elementType, boolean incoming, Class<?>[] groups,
			WirePaths wirePaths) {
		this.validator = validator;
		this.elementType = elementType;
		this.incoming = incoming;
		this.groups = groups;
		this.wirePaths = wirePaths;
	}

	/**
	 * Validate a value.
	 * @param value the value, possibly {@code null}
	 * @param prefix the value's position on the wire, such as {@code [1]}, or empty
	 * @return the violations, empty when the value is valid
	 */
	public List<Violation> validate(Object value, String prefix) {
		List<Violation> violations = new ArrayList<>(0);
		collect(value, prefix, violations);
		return violations;
	}

	private void collect(Object value, String prefix, List<Violation> violations) {
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
		}
	}

}
