package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that turns an exception raised while handling an event into the
 * acknowledgement sent to the client (its return value).
 * <p>Handlers in the controller are tried first, then those of
 * {@link SocketIoControllerAdvice @SocketIoControllerAdvice} beans in order. The closest
 * match by exception type wins; the cause chain is searched when the exception itself does
 * not match. Handler methods may take the exception (or a cause), the {@code SocketIOClient},
 * the {@link EventName @EventName}, the {@link Namespace @Namespace} and the raw payload as a
 * {@code JsonNode}.
 *
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SocketIoExceptionHandler {

	/**
	 * The exception types handled; defaults to the exception types of the method's parameters.
	 * @return the handled exception types
	 */
	Class<? extends Throwable>[] value() default {};

}
