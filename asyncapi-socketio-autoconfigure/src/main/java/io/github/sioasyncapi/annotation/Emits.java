package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an event the server sends to clients of the controller's namespace. Emits of a
 * declared event are validated against its payload type before anything is sent, and the
 * event is documented as a {@code send} operation.
 * <p>Repeatable; on a method it documents what that handler emits, on a controller class
 * what is emitted from anywhere in the namespace.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(Emits.List.class)
public @interface Emits {

	/**
	 * The event name.
	 * @return the event name
	 */
	String event();

	/**
	 * The payload type, {@code void.class} for an event without payload.
	 * @return the payload type
	 */
	Class<?> payload() default void.class;

	/**
	 * The type of the acknowledgement the client sends back, {@code void.class} when the
	 * event is not acknowledged.
	 * @return the ack type
	 */
	Class<?> ack() default void.class;

	/**
	 * A short summary, used by the AsyncAPI document.
	 * @return the summary, or empty
	 */
	String summary() default "";

	/**
	 * A longer description (CommonMark), used by the AsyncAPI document.
	 * @return the description, or empty
	 */
	String description() default "";

	/**
	 * Container of repeated {@link Emits} declarations.
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface List {

		/**
		 * The declarations.
		 * @return the declarations
		 */
		Emits[] value();

	}

}
