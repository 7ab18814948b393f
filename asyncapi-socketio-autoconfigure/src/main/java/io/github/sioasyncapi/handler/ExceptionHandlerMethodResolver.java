package io.github.sioasyncapi.handler;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	ExceptionHandlerMethodResolver(Class<?> type) {
		super(detect(type));
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
