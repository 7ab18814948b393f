package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * Marks a bean whose {@link SocketIoExceptionHandler @SocketIoExceptionHandler} methods apply to
 * every {@link SocketIoController @SocketIoController}. Several advice beans are tried in
 * {@link org.springframework.core.annotation.Order @Order}, after the controller's own handlers.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface SocketIoControllerAdvice {

}
