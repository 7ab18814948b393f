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

package io.github.sioasyncapi.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.github.sioasyncapi.annotation.AckArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Nullness;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * A record annotated with {@link AckArguments @AckArguments}: an acknowledgement whose
 * components travel as separate Socket.IO arguments, in order. Whoever sends or reads an
 * acknowledgement, validates it or documents it asks this class how it looks on the wire.
 *
 * @since 0.1.0
 */
public final class ArgumentRecord {

	private static final ClassValue<Optional<ArgumentRecord>> records = new ClassValue<>() {

		@Override
		protected Optional<ArgumentRecord> computeValue(Class<?> type) {
			if (!type.isAnnotationPresent(AckArguments.class)) {
				return Optional.empty();
			}
			if (!type.isRecord()) {
				throw new IllegalStateException(type.getName() + " is annotated with @AckArguments, but is not a record: "
						+ "only the components of a record have an order to send them in");
			}
			if (type.getRecordComponents().length == 0) {
				throw new IllegalStateException(type.getName() + " is an @AckArguments record without components: "
						+ "return void for an acknowledgement without data");
			}
			return Optional.of(new ArgumentRecord(type));
		}

	};

	private final Class<?> type;

	private final List<Component> components;

	private final Constructor<?> constructor;

	private ArgumentRecord(Class<?> type) {
		this.type = type;
		RecordComponent[] recordComponents = type.getRecordComponents();
		List<Component> components = new ArrayList<>(recordComponents.length);
		for (int i = 0; i < recordComponents.length; i++) {
			RecordComponent component = recordComponents[i];
			ReflectionUtils.makeAccessible(component.getAccessor());
			Field field = ReflectionUtils.findField(type, component.getName());
			Class<?> raw = component.getType();
			boolean nullable = raw == Optional.class || (field != null && Nullness.forField(field) == Nullness.NULLABLE);
			components.add(new Component(i, component.getName(), ResolvableType.forMethodReturnType(
					component.getAccessor(), type), component.getAnnotatedType(),
					(field != null) ? List.of(field.getAnnotations()) : List.of(), nullable, component));
		}
		this.components = Collections.unmodifiableList(components);
		Class<?>[] parameterTypes = Arrays.stream(recordComponents).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			this.constructor = type.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("Record " + type.getName() + " has no canonical constructor", ex);
		}
		ReflectionUtils.makeAccessible(this.constructor);
	}

	/**
	 * The argument record of a class.
	 * @param type the class
	 * @return the argument record, or {@code null} if the class is not annotated with
	 * {@code @AckArguments}
	 * @throws IllegalStateException if the class is annotated, but not a record
	 */
	public static @Nullable ArgumentRecord of(@Nullable Class<?> type) {
		return (type != null) ? records.get(type).orElse(null) : null;
	}

	/**
	 * The argument record of a type.
	 * @param type the type
	 * @return the argument record, or {@code null} if the type is not annotated with
	 * {@code @AckArguments}
	 * @throws IllegalStateException if the type is annotated, but not a record
	 */
	public static @Nullable ArgumentRecord of(@Nullable ResolvableType type) {
		return (type != null) ? of(type.resolve()) : null;
	}

	/**
	 * The Socket.IO arguments an acknowledgement is sent as: the components of its declared
	 * argument record, the value itself otherwise. The declared type decides, as it decides
	 * what the document says: a record returned where another type is declared (an
	 * {@code Object}, an interface) is sent as one argument.
	 * @param declared the argument record the ack is declared as, or {@code null}
	 * @param value the acknowledgement
	 * @return the arguments
	 */
	public static List<@Nullable Object> toArguments(@Nullable ArgumentRecord declared, @Nullable Object value) {
		if (declared == null || value == null) {
			return Collections.singletonList(value);
		}
		return declared.arguments(value);
	}

	/**
	 * The components of a record of this type, in argument order.
	 * @param record the record
	 * @return the component values
	 */
	public List<@Nullable Object> arguments(Object record) {
		List<@Nullable Object> arguments = new ArrayList<>(this.components.size());
		for (Component component : this.components) {
			arguments.add(ReflectionUtils.invokeMethod(component.recordComponent().getAccessor(), record));
		}
		return arguments;
	}

	/**
	 * The record class.
	 * @return the class
	 */
	public Class<?> getType() {
		return this.type;
	}

	/**
	 * The components, in argument order.
	 * @return the components
	 */
	public List<Component> getComponents() {
		return this.components;
	}

	/**
	 * How many leading arguments a sender must send: up to the last component that is neither
	 * {@code @Nullable} nor {@code Optional}.
	 * @return the number of required arguments
	 */
	public int getRequiredCount() {
		int required = 0;
		for (Component component : this.components) {
			if (!component.nullable()) {
				required = component.position() + 1;
			}
		}
		return required;
	}

	/**
	 * Create a record from its arguments.
	 * @param values the component values, in order (converted to the component types)
	 * @return the record
	 */
	public Object newInstance(@Nullable Object[] values) {
		try {
			return this.constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			ReflectionUtils.handleReflectionException(ex);
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "@AckArguments " + this.type.getSimpleName();
	}

	/**
	 * One component, that is one argument.
	 *
	 * @param position the argument's position
	 * @param name the component's name
	 * @param type the component's type
	 * @param annotatedType the component's annotated type, with type-use constraints
	 * @param annotations the annotations of the component's field: its Bean Validation
	 * constraints and swagger {@code @Schema}
	 * @param nullable whether the argument may be {@code null} ({@code @Nullable} or
	 * {@code Optional})
	 * @param recordComponent the record component
	 * @since 0.1.0
	 */
	public record Component(int position, String name, ResolvableType type, AnnotatedType annotatedType,
			List<Annotation> annotations, boolean nullable, RecordComponent recordComponent) {
	}

}
