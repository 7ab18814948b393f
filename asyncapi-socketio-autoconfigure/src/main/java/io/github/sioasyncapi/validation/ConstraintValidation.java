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

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import jakarta.validation.ConstraintValidator;
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
import org.springframework.util.ReflectionUtils;
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
 * nothing. The components of an
 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record are validated as
 * arguments of their own.
 *
 * @since 0.1.0
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
	 * @param remaining whether the last payload parameter collects the remaining arguments of
	 * the event (an array or list, validated element by element, each element named by its
	 * position among the event's arguments)
	 * @return the validator, or {@code null} when the method has nothing to validate
	 */
	public @Nullable ArgumentValidator forArguments(Class<?> beanType, Method method,
			List<MethodParameter> payloadParameters, boolean remaining) {
		Class<?>[] groups = groups(beanType, method);
		MethodDescriptor descriptor = this.validator.getConstraintsForClass(beanType)
			.getConstraintsForMethod(method.getName(), method.getParameterTypes());
		boolean parameterConstraints = descriptor != null && (descriptor.hasConstrainedParameters()
				|| descriptor.getParameterDescriptors()
					.stream()
					.anyMatch((parameter) -> !parameter.getConstrainedContainerElementTypes().isEmpty()));
		List<ArgumentValidator.Cascade> cascades = new ArrayList<>();
		Map<Integer, ArgumentValidator.Binding> bindings = new HashMap<>();
		boolean multiple = payloadParameters.size() > 1 || remaining;
		for (int i = 0; i < payloadParameters.size(); i++) {
			MethodParameter parameter = payloadParameters.get(i);
			boolean collects = remaining && i == payloadParameters.size() - 1;
			String prefix = (multiple && !collects) ? "[" + i + "]" : "";
			int index = parameter.getParameterIndex();
			ArgumentValidator.Binding binding = new ArgumentValidator.Binding(prefix, collects ? i : -1,
					javaType(ResolvableType.forMethodParameter(parameter)));
			bindings.put(index, binding);
			if (!parameter.hasParameterAnnotation(Valid.class)) {
				ValueValidator values = forValue(ResolvableType.forMethodParameter(parameter), true, groups);
				if (values != null) {
					cascades.add(new ArgumentValidator.Cascade(index, binding, values));
				}
			}
		}
		if (!parameterConstraints && cascades.isEmpty()) {
			return null;
		}
		return new ArgumentValidator(this.validator.forExecutables(), method, groups, parameterConstraints, cascades,
				bindings, this.wirePaths);
	}

	/**
	 * The constraint on a varargs parameter that Bean Validation cannot check: one that applies
	 * to no array (such as {@code @NotBlank String... tags}, which Java puts on the array as
	 * well as on its elements, and Bean Validation checks on the array only).
	 * @param beanType the handler's class
	 * @param method the handler method
	 * @param parameterIndex the index of the varargs parameter
	 * @return the constraint's annotation, or {@code null} when every constraint of the
	 * parameter applies to its array ({@code @Size}, {@code @NotEmpty})
	 */
	public @Nullable Annotation constraintNotOnArray(Class<?> beanType, Method method, int parameterIndex) {
		MethodDescriptor descriptor = this.validator.getConstraintsForClass(beanType)
			.getConstraintsForMethod(method.getName(), method.getParameterTypes());
		if (descriptor == null) {
			return null;
		}
		Class<?> arrayType = method.getParameterTypes()[parameterIndex];
		for (ConstraintDescriptor<?> constraint : descriptor.getParameterDescriptors()
			.get(parameterIndex)
			.getConstraintDescriptors()) {
			if (!appliesTo(constraint, arrayType)) {
				return constraint.getAnnotation();
			}
		}
		return null;
	}

	private static boolean appliesTo(ConstraintDescriptor<?> constraint, Class<?> type) {
		List<? extends Class<?>> validators = constraint.getConstraintValidatorClasses();
		if (validators.isEmpty()) {
			return constraint.getComposingConstraints().stream().allMatch((composing) -> appliesTo(composing, type));
		}
		return validators.stream().anyMatch((validatorType) -> ResolvableType.forClass(validatorType)
			.as(ConstraintValidator.class)
			.getGeneric(1)
			.resolve(Object.class)
			.isAssignableFrom(type));
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
		// an argument list is the value itself, never an element of a collection of it
		ArgumentRecord arguments = (element == type) ? ArgumentRecord.of(elementClass) : null;
		if (arguments != null) {
			List<@Nullable ValueValidator> validators = new ArrayList<>();
			for (ArgumentRecord.Component component : arguments.getComponents()) {
				Field field = ReflectionUtils.findField(elementClass, component.name());
				boolean cascaded = field != null && field.isAnnotationPresent(Valid.class);
				validators.add(cascaded ? null : forValue(component.type(), incoming, groups));
			}
			return new ValueValidator(this.validator, javaType(element), incoming, groups, this.wirePaths, arguments,
					validators);
		}
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
	 * @param type the declared type of a value
	 * @return the type whose constraints apply
	 */
	public static ResolvableType elementType(ResolvableType type) {
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
