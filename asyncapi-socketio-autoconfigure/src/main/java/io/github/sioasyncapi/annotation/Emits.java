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

package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an event the server sends to clients of the controller's namespace. Emits of a
 * declared event are validated against its payload types, argument by argument, before
 * anything is sent, and the event is documented as a {@code send} operation.
 * <p>Repeatable; on a method it documents what that handler emits, on a controller class
 * what is emitted from anywhere in the namespace.
 *
 * @since 0.1.0
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
	 * The payload types, one per argument of the event, in order: none for an event without
	 * payload, several for an event with several arguments ({@code payload = {From.class,
	 * To.class}}, emitted as {@code emit("moved", from, to)}).
	 * @return the payload types
	 */
	Class<?>[] payload() default {};

	/**
	 * The type of the acknowledgement the client sends back, {@code void.class} when the
	 * event is not acknowledged. A record annotated with {@link AckArguments @AckArguments}
	 * takes an acknowledgement with several arguments.
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
	 *
	 * @since 0.1.0
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
