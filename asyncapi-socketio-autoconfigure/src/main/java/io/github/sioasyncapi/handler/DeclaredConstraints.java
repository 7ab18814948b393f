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

package io.github.sioasyncapi.handler;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.RepeatableContainers;

/**
 * Finds Bean Validation annotations ({@code @Valid} and constraints such as {@code @Min}) in
 * what a handler reads and answers, by reflection alone: without a Bean Validation provider
 * nothing would enforce them, so the start fails instead of letting invalid payloads through.
 * It looks at the annotations of a method's parameters and return type, including type uses
 * ({@code List<@Valid Item>}), and of the classes they reach: the class itself, its fields and
 * getters (a record's components), its superclasses and interfaces, its sealed or
 * {@code @JsonSubTypes} subtypes, and the types of its fields, transitively. JDK types are not
 * looked into.
 */
final class DeclaredConstraints {

	private final Set<Class<?>> visited = new HashSet<>();

	/**
	 * The first Bean Validation annotation found on an element and in its type.
	 * @param element a method parameter, field or method (its annotations)
	 * @param type the element's type (its type-use annotations and the classes it reaches)
	 * @param where how to name the element in the description
	 * @return a description such as {@code "@Min on MakeMove.x"}, or {@code null} if none
	 */
	@Nullable String find(AnnotatedElement element, AnnotatedType type, String where) {
		String annotation = annotation(element);
		if (annotation != null) {
			return annotation + " on " + where;
		}
		return inType(type, where);
	}

	/**
	 * The first Bean Validation annotation found in a class and the classes it reaches.
	 * @param type the class
	 * @return a description, or {@code null} if none
	 */
	@Nullable String find(Class<?> type) {
		return inClass(type);
	}

	private @Nullable String inType(AnnotatedType type, String where) {
		String annotation = annotation(type);
		if (annotation != null) {
			return annotation + " on " + where;
		}
		if (type instanceof AnnotatedParameterizedType parameterized) {
			for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				String found = inType(argument, where);
				if (found != null) {
					return found;
				}
			}
		}
		else if (type instanceof AnnotatedArrayType array) {
			return inType(array.getAnnotatedGenericComponentType(), where);
		}
		else if (type instanceof AnnotatedWildcardType wildcard) {
			for (AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
				String found = inType(bound, where);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		Class<?> raw = ResolvableType.forType(type.getType()).resolve();
		return (raw != null) ? inClass(raw) : null;
	}

	private @Nullable String inClass(Class<?> type) {
		if (type.isArray()) {
			return inClass(type.getComponentType());
		}
		if (type.isPrimitive() || type.isEnum() || isJdk(type) || !this.visited.add(type)) {
			return null;
		}
		String annotation = annotation(type);
		if (annotation != null) {
			return annotation + " on " + type.getSimpleName();
		}
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
				String found = find(field, field.getAnnotatedType(), type.getSimpleName() + "." + field.getName());
				if (found != null) {
					return found;
				}
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (isGetter(method)) {
				String found = find(method, method.getAnnotatedReturnType(),
						type.getSimpleName() + "." + method.getName() + "()");
				if (found != null) {
					return found;
				}
			}
		}
		for (Class<?> related : related(type)) {
			String found = inClass(related);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Set<Class<?>> related(Class<?> type) {
		Set<Class<?>> related = new HashSet<>(Set.of(type.getInterfaces()));
		if (type.getSuperclass() != null) {
			related.add(type.getSuperclass());
		}
		Class<?>[] permitted = type.getPermittedSubclasses();
		if (permitted != null) {
			related.addAll(Set.of(permitted));
		}
		JsonSubTypes subTypes = type.getDeclaredAnnotation(JsonSubTypes.class);
		if (subTypes != null) {
			for (JsonSubTypes.Type subType : subTypes.value()) {
				related.add(subType.value());
			}
		}
		return related;
	}

	/**
	 * A getter as Bean Validation names them ({@code getX()}, {@code isX()}, {@code hasX()});
	 * a record's accessors need no look, their components' annotations are on the fields too.
	 */
	private static boolean isGetter(Method method) {
		String name = method.getName();
		return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
				&& !method.isBridge() && method.getReturnType() != void.class
				&& (name.startsWith("get") || name.startsWith("is") || name.startsWith("has"));
	}

	private static boolean isJdk(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun.") || type == Optional.class;
	}

	private static @Nullable String annotation(AnnotatedElement element) {
		return MergedAnnotations.from(element, SearchStrategy.DIRECT, RepeatableContainers.standardRepeatables())
			.stream()
			.filter((annotation) -> Valid.class.equals(annotation.getType()) || Constraint.class.equals(annotation.getType()))
			.findFirst()
			// a constraint is meta-annotated with @Constraint: named by the annotation as written
			.map((annotation) -> "@" + annotation.getRoot().getType().getSimpleName())
			.orElse(null);
	}

}
