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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.messaging.handler.invocation.AbstractExceptionHandlerMethodResolver;

/**
 * The {@link SocketIoExceptionHandler @SocketIoExceptionHandler} methods of one class, matched by
 * exception type depth (spring-messaging's resolver), with the whole cause chain searched.
 */
final class ExceptionHandlerMethodResolver extends AbstractExceptionHandlerMethodResolver {

	private static final int MAX_CAUSE_DEPTH = 32;

	private final Map<Method, List<Class<? extends Throwable>>> exceptionsByMethod;

	ExceptionHandlerMethodResolver(Class<?> type) {
		this(detect(type));
	}

	private ExceptionHandlerMethodResolver(Map<Class<? extends Throwable>, Method> mapped) {
		super(mapped);
		Map<Method, List<Class<? extends Throwable>>> byMethod = new TreeMap<>(Comparator.comparing(Method::toGenericString));
		mapped.forEach((exception, method) -> byMethod.computeIfAbsent(method, (key) -> new ArrayList<>()).add(exception));
		byMethod.values().forEach((exceptions) -> exceptions.sort(Comparator.comparing(Class::getName)));
		this.exceptionsByMethod = Collections.unmodifiableMap(byMethod);
	}

	/**
	 * The handler methods with the exceptions each handles, in a stable order.
	 * @return the exceptions by method
	 */
	Map<Method, List<Class<? extends Throwable>>> exceptionsByMethod() {
		return this.exceptionsByMethod;
	}

	static Set<Method> handlerMethods(Class<?> type) {
		return MethodIntrospector.selectMethods(type,
				(Method method) -> AnnotatedElementUtils.hasAnnotation(method, SocketIoExceptionHandler.class));
	}

	private static Map<Class<? extends Throwable>, Method> detect(Class<?> type) {
		Map<Class<? extends Throwable>, Method> mapped = new HashMap<>();
		for (Method method : handlerMethods(type)) {
			SocketIoExceptionHandler annotation = AnnotatedElementUtils.findMergedAnnotation(method,
					SocketIoExceptionHandler.class);
			List<Class<? extends Throwable>> exceptions = (annotation != null && annotation.value().length > 0)
					? List.of(annotation.value()) : getExceptionsFromMethodSignature(method);
			for (Class<? extends Throwable> exception : exceptions) {
				Method existing = mapped.put(exception, method);
				if (existing != null && !existing.equals(method)) {
					throw new IllegalStateException("Ambiguous @SocketIoExceptionHandler methods for "
							+ exception.getName() + " in " + type.getName() + ": " + existing.getName() + " and "
							+ method.getName());
				}
			}
		}
		return mapped;
	}

	/**
	 * Find the handler for an exception or, failing that, for the closest cause that has one.
	 * @param exception the exception
	 * @return the match, or {@code null}
	 */
	@Nullable Match resolve(Throwable exception) {
		Throwable current = exception;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			Method method = resolveMethodByExceptionType(current.getClass());
			if (method != null) {
				return new Match(method, current);
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return null;
	}

	record Match(Method method, Throwable exception) {
	}

}
