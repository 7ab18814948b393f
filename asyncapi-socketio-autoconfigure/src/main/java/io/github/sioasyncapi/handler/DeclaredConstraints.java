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

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.validation.ConstraintValidation;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.RepeatableContainers;

/**
 * Finds, by reflection alone, the Bean Validation constraints that the starter's validation
 * would check for a handler: without a Bean Validation provider nothing would enforce them,
 * so the start fails instead of letting invalid payloads through. It follows Hibernate
 * Validator's rules: the constraints of a handler method's parameters and return value (as
 * declared on the method or on the methods it overrides), and those of the values the
 * starter validates as if they were {@code @Valid} (payloads, acks and emitted payloads, the
 * elements of their arrays, collections, maps and {@code Optional}s, the arguments of an
 * argument list); within those, the class's own constraints and those of its fields and
 * getters, in its superclasses and interfaces too, the subtypes it is read as, and the
 * values of members marked {@code @Valid} (on the member or on a type argument, as in
 * {@code List<@Valid Item>}), transitively. {@code @Valid} alone is not a constraint.
 */
final class DeclaredConstraints {

	private final Function<Class<?>, Collection<Class<?>>> subtypes;

	private final Set<Class<?>> visited = new HashSet<>();

	/**
	 * Create a finder.
	 * @param subtypes the subtypes a class is read as (its polymorphism's variants)
	 */
	DeclaredConstraints(Function<Class<?>, Collection<Class<?>>> subtypes) {
		this.subtypes = subtypes;
	}

	/**
	 * The first constraint of a handler method: on its parameters and return value, and in
	 * the payloads and the value it answers with.
	 * @param method the handler method
	 * @param beanType the handler's class, for type variables
	 * @param payloads the payload parameters
	 * @return a description such as {@code "@Min on parameter 'x'"}, or {@code null} if none
	 */
	@Nullable String inHandler(Method method, Class<?> beanType, List<MethodParameter> payloads) {
		AnnotatedMethod annotated = new AnnotatedMethod(method);
		for (MethodParameter parameter : annotated.getMethodParameters()) {
			String where = "parameter '" + parameter.getParameterName() + "'";
			String found = first(constraint(parameter.getParameterAnnotations(), where),
					() -> inTypeUse(parameter.getParameter().getAnnotatedType(), where));
			if (found != null) {
				return found;
			}
		}
		String returned = first(
				constraint(MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY,
						RepeatableContainers.standardRepeatables()), "the return value"),
				() -> inTypeUse(method.getAnnotatedReturnType(), "the return value"));
		if (returned != null) {
			return returned;
		}
		for (MethodParameter payload : payloads) {
			String found = inValue(ResolvableType.forMethodParameter(payload.withContainingClass(beanType)));
			if (found != null) {
				return found;
			}
		}
		return inValue(ReturnTypes.answered(method, beanType));
	}

	/**
	 * The first constraint of a value validated as if it were {@code @Valid}, such as a
	 * payload or an ack.
	 * @param type the value's declared type
	 * @return a description such as {@code "@Min on Move.x"}, or {@code null} if none
	 */
	@Nullable String inValue(ResolvableType type) {
		ResolvableType element = ConstraintValidation.elementType(type);
		Class<?> raw = element.resolve();
		if (raw == null) {
			return null;
		}
		ArgumentRecord arguments = (element == type) ? ArgumentRecord.of(raw) : null;
		if (arguments != null) {
			for (ArgumentRecord.Component component : arguments.getComponents()) {
				String found = inValue(component.type());
				if (found != null) {
					return found;
				}
			}
		}
		return inBean(raw);
	}

	private @Nullable String inBean(Class<?> type) {
		if (type.isPrimitive() || type.isEnum() || type.isArray() || isJdk(type) || !this.visited.add(type)) {
			return null;
		}
		try {
			String found = constraint(MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY,
					RepeatableContainers.standardRepeatables()), type.getSimpleName());
			if (found != null) {
				return found;
			}
			for (Class<?> declaring : hierarchy(type)) {
				found = inMembers(declaring);
				if (found != null) {
					return found;
				}
			}
			for (Class<?> subtype : this.subtypes.apply(type)) {
				found = inBean(subtype);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		catch (LinkageError ex) {
			// a class that cannot be introspected is not one that Jackson can read either
			return null;
		}
	}

	private @Nullable String inMembers(Class<?> type) {
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
				String found = inMember(field, field.getAnnotatedType(), ResolvableType.forField(field),
						type.getSimpleName() + "." + field.getName());
				if (found != null) {
					return found;
				}
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (isGetter(method)) {
				String found = inMember(method, method.getAnnotatedReturnType(),
						ResolvableType.forMethodReturnType(method), type.getSimpleName() + "." + method.getName() + "()");
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * A field's or getter's constraints, and the constraints of its value when it is
	 * {@code @Valid} (or of its elements, for {@code List<@Valid Item>}).
	 */
	private @Nullable String inMember(AnnotatedElement member, AnnotatedType annotatedType, ResolvableType type,
			String where) {
		String found = first(constraint(annotations(member), where), () -> inTypeUse(annotatedType, where));
		if (found != null) {
			return found;
		}
		if (member.isAnnotationPresent(Valid.class) || hasValidTypeArgument(annotatedType)) {
			return inValue(type);
		}
		return null;
	}

	/** Constraints on the type arguments of a type use ({@code List<@Size(max = 3) String>}). */
	private static @Nullable String inTypeUse(AnnotatedType type, String where) {
		String found = constraint(annotations(type), where);
		if (found != null) {
			return found;
		}
		for (AnnotatedType nested : nested(type)) {
			found = inTypeUse(nested, where);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static boolean hasValidTypeArgument(AnnotatedType type) {
		for (AnnotatedType nested : nested(type)) {
			if (nested.isAnnotationPresent(Valid.class) || hasValidTypeArgument(nested)) {
				return true;
			}
		}
		return false;
	}

	private static List<AnnotatedType> nested(AnnotatedType type) {
		if (type instanceof AnnotatedParameterizedType parameterized) {
			return List.of(parameterized.getAnnotatedActualTypeArguments());
		}
		if (type instanceof AnnotatedArrayType array) {
			return List.of(array.getAnnotatedGenericComponentType());
		}
		if (type instanceof AnnotatedWildcardType wildcard) {
			return List.of(wildcard.getAnnotatedUpperBounds());
		}
		return List.of();
	}

	/** The class, its superclasses and all their interfaces, whose members Bean Validation reads. */
	private static Set<Class<?>> hierarchy(Class<?> type) {
		Set<Class<?>> hierarchy = new HashSet<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			collectInterfaces(current, hierarchy);
		}
		return hierarchy;
	}

	private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
		if (!isJdk(type) && into.add(type)) {
			for (Class<?> implemented : type.getInterfaces()) {
				collectInterfaces(implemented, into);
			}
		}
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
				|| name.startsWith("sun.");
	}

	private static MergedAnnotations annotations(AnnotatedElement element) {
		return MergedAnnotations.from(element, SearchStrategy.DIRECT, RepeatableContainers.standardRepeatables());
	}

	private static @Nullable String constraint(Annotation[] annotations, String where) {
		return constraint(MergedAnnotations.from(where, annotations, RepeatableContainers.standardRepeatables()),
				where);
	}

	/** The first constraint (an annotation meta-annotated with {@code @Constraint}), as written. */
	private static @Nullable String constraint(MergedAnnotations annotations, String where) {
		return annotations.stream(Constraint.class)
			.findFirst()
			.map((constraint) -> "@" + constraint.getRoot().getType().getSimpleName() + " on " + where)
			.orElse(null);
	}

	private static @Nullable String first(@Nullable String found, Supplier<@Nullable String> next) {
		return (found != null) ? found : next.get();
	}

}
