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
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * What handler and exception handler methods answer with, read the same way for acks, their
 * documentation and their replies.
 */
final class ReturnTypes {

	private ReturnTypes() {
	}

	/**
	 * The type a method answers with: its return type, or the value type of its
	 * {@code CompletionStage}.
	 * @param method the method
	 * @param beanType the class the method is called on, for type variables
	 * @return the answered type
	 */
	static ResolvableType answered(Method method, Class<?> beanType) {
		ResolvableType type = ResolvableType.forMethodReturnType(method, beanType);
		return CompletionStage.class.isAssignableFrom(type.toClass()) ? type.as(CompletionStage.class).getGeneric(0)
				: type;
	}

	/**
	 * Whether a type answers with no value ({@code void}, {@code Void}).
	 * @param type the answered type
	 * @return {@code true} for no value
	 */
	static boolean isVoid(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		return raw == void.class || raw == Void.class;
	}

	/**
	 * Whether a type use is annotated with an annotation named {@code Nullable} (JSpecify's or
	 * any other).
	 * @param type the annotated type, or {@code null}
	 * @return whether it is nullable
	 */
	static boolean hasNullable(@Nullable AnnotatedType type) {
		if (type == null) {
			return false;
		}
		for (Annotation annotation : type.getAnnotations()) {
			if ("Nullable".equals(annotation.annotationType().getSimpleName())) {
				return true;
			}
		}
		return false;
	}

}
