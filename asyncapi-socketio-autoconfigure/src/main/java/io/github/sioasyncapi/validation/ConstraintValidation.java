package io.github.sioasyncapi.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;

/**
 * Decides once per handler method, emitted event or acknowledgement type what Bean Validation
 * has to check, and builds the validators that check it. Payloads and acknowledgements are
 * validated as if annotated with {@link Valid @Valid}, including the elements of a top-level
 * collection, array, map or {@code Optional}; nested properties follow the usual Bean
 * Validation rules. {@code @Validated(groups)} on the method or its class selects groups.
 * Nothing is built for a value whose type declares no constraint, so unconstrained events cost
 * nothing.
 */
public final class ConstraintValidation {

	private final Validator validator;

	private final ObjectMapper mapper;

	private final WireFormat wire;

	private final WirePaths wirePaths;

	/**
	 * Create validation support.
	 * @param validator the Bean Validation validator
	 * @param mapper the mapper that converts the validated values (for wire property names)
	 */
	public ConstraintValidation(Validator validator, ObjectMapper mapper) {
		this.validator = validator;
		this.mapper = mapper;
		this.wire = new WireFormat(mapper);
		this.wirePaths = new WirePaths(this.wire);
	}

	/**
	 * A validator for the payload arguments of a handler method.
	 * @param beanType the handler's class
	 * @param method the handler method
	 * @param payloadParameters the payload parameters, in wire order
	 * @return the validator, or {@code null} when the method has nothing to validate
	 */
	public @Nullable ArgumentValidator forArguments(Class<?> beanType, Method method,
			List<MethodParameter> payloadParameters) {
		Class<?>[] groups = groups(beanType, method);
		MethodDescriptor descriptor = this.validator.getConstraintsForClass(beanType)
			.getConstraintsForMethod(method.getName(), method.getParameterTypes());
		boolean parameterConstraints = descriptor != null && (descriptor.hasConstrainedParameters()
				|| descriptor.getParameterDescriptors()
					.stream()
					.anyMatch((parameter) -> !parameter.getConstrainedContainerElementTypes().isEmpty()));
		List<ArgumentValidator.Cascade> cascades = new ArrayList<>();
		Map<Integer, String> prefixes = new HashMap<>();
		Map<Integer, JavaType> types = new HashMap<>();
		for (int i = 0; i < payloadParameters.size(); i++) {
			MethodParameter parameter = payloadParameters.get(i);
			String prefix = (payloadParameters.size() > 1) ? "[" + i + "]" : "";
			int index = parameter.getParameterIndex();
			prefixes.put(index, prefix);
			types.put(index, javaType(ResolvableType.forMethodParameter(parameter)));
			if (!parameter.hasParameterAnnotation(Valid.class)) {
				ValueValidator values = forValue(ResolvableType.forMethodParameter(parameter), true, groups);
				if (values != null) {
					cascades.add(new ArgumentValidator.Cascade(index, prefix, values));
				}
			}
		}
		if (!parameterConstraints && cascades.isEmpty()) {
			return null;
		}
		return new ArgumentValidator(this.validator.forExecutables(), method, groups, parameterConstraints, cascades,
				prefixes, types, this.wirePaths);
	}

	/**
	 * A validator for the acknowledgements a handler method returns.
	 * @param beanType the handler's class
	 * @param method the handler method
	 * @return the validator, or {@code null} when the return type has nothing to validate
	 */
	public @Nullable ReturnValueValidator forReturnValue(Class<?> beanType, Method method) {
		Class<?>[] groups = groups(beanType, method);
		MethodDescriptor descriptor = this.validator.getConstraintsForClass(beanType)
			.getConstraintsForMethod(method.getName(), method.getParameterTypes());
		boolean returnConstraints = descriptor != null && descriptor.hasConstrainedReturnValue();
		ResolvableType returnType = ResolvableType.forMethodReturnType(method, beanType);
		if (CompletionStage.class.isAssignableFrom(returnType.toClass())) {
			returnType = returnType.as(CompletionStage.class).getGeneric(0);
			returnConstraints = false;
		}
		ValueValidator values = method.isAnnotationPresent(Valid.class) && returnConstraints ? null
				: forValue(returnType, false, groups);
		if (!returnConstraints && values == null) {
			return null;
		}
		return new ReturnValueValidator(this.validator.forExecutables(), method, groups, returnConstraints, values,
				javaType(returnType), this.wirePaths);
	}

	/**
	 * A validator for values of a type, as if the value were annotated with {@link Valid @Valid}.
	 * @param type the declared type
	 * @param incoming whether values are read from clients (otherwise written to them)
	 * @param groups the validation groups
	 * @return the validator, or {@code null} when the type has no constraints
	 */
	public @Nullable ValueValidator forValue(ResolvableType type, boolean incoming, Class<?>... groups) {
		ResolvableType element = elementType(type);
		Class<?> elementClass = element.resolve(Object.class);
		if (elementClass == Object.class || elementClass.isPrimitive() || !isConstrained(elementClass)) {
			return null;
		}
		return new ValueValidator(this.validator, javaType(element), incoming, groups, this.wirePaths);
	}

	/**
	 * Whether values of a class have constraints to check: the class's own, or those of the
	 * subtypes a polymorphic class is read as.
	 */
	private boolean isConstrained(Class<?> type) {
		if (this.validator.getConstraintsForClass(type).isBeanConstrained()) {
			return true;
		}
		Polymorphism polymorphism = this.wire.polymorphism(type);
		return polymorphism != null && polymorphism.variants()
			.stream()
			.anyMatch((variant) -> this.validator.getConstraintsForClass(variant.type()).isBeanConstrained());
	}

	/**
	 * Whether Bean Validation refuses a {@code null} (or missing) value of a property in the
	 * default group: it has {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}, directly
	 * or composed.
	 * @param type the class that declares the property
	 * @param javaName the property's Java name
	 * @return whether {@code null} violates a constraint
	 */
	public boolean rejectsNull(Class<?> type, String javaName) {
		PropertyDescriptor property = this.validator.getConstraintsForClass(type).getConstraintsForProperty(javaName);
		return property != null && property.getConstraintDescriptors().stream().anyMatch(ConstraintValidation::rejectsNull);
	}

	private static boolean rejectsNull(ConstraintDescriptor<?> constraint) {
		Class<?> annotation = constraint.getAnnotation().annotationType();
		return annotation == NotNull.class || annotation == NotBlank.class || annotation == NotEmpty.class
				|| constraint.getComposingConstraints().stream().anyMatch(ConstraintValidation::rejectsNull);
	}

	private static Class<?>[] groups(Class<?> beanType, Method method) {
		Validated validated = AnnotatedElementUtils.findMergedAnnotation(method, Validated.class);
		if (validated == null) {
			validated = AnnotatedElementUtils.findMergedAnnotation(beanType, Validated.class);
		}
		return (validated != null) ? validated.value() : new Class<?>[0];
	}

	/**
	 * The type whose constraints apply to a value of the given type: the element type of a
	 * collection, array, map or {@code Optional} (nested ones too), else the type itself. Types
	 * that iterate over themselves, such as {@code JsonNode}, are their own element type.
	 */
	private static ResolvableType elementType(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		ResolvableType element = null;
		if (raw.isArray()) {
			element = type.getComponentType();
		}
		else if (Map.class.isAssignableFrom(raw)) {
			element = type.asMap().getGeneric(1);
		}
		else if (Iterable.class.isAssignableFrom(raw)) {
			element = type.as(Iterable.class).getGeneric(0);
		}
		else if (raw == Optional.class) {
			element = type.getGeneric(0);
		}
		if (element == null || raw.isAssignableFrom(element.resolve(Object.class))) {
			return type;
		}
		return elementType(element);
	}

	private JavaType javaType(ResolvableType type) {
		return this.mapper.getTypeFactory().constructType(type.getType());
	}

}
