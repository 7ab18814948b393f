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
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Maps a client-to-server event of the controller's namespace to a method.
 * <p>Parameters that are not injectable ({@code SocketIOClient}, {@code AckRequest},
 * {@code HandshakeData}, {@code SocketIONamespace}, {@code SocketIoEmitter},
 * {@link EventName @EventName} and {@link Namespace @Namespace} strings) are the event's
 * payload arguments, in order; they are converted with the application's JSON mapper and
 * validated before the method runs. The return value is sent as the acknowledgement.
 *
 * @see SocketIoController
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnEvent {

	/**
	 * Alias for {@link #event()}.
	 * @return the event name
	 */
	@AliasFor("event")
	String value() default "";

	/**
	 * The event name.
	 * @return the event name
	 */
	@AliasFor("value")
	String event() default "";

	/**
	 * A short summary of what the event does, used by the AsyncAPI document.
	 * @return the summary, or empty
	 */
	String summary() default "";

	/**
	 * A longer description (CommonMark), used by the AsyncAPI document.
	 * @return the description, or empty
	 */
	String description() default "";

	/**
	 * Explicit payload models, one per payload argument, when the method takes an untyped
	 * payload such as {@code JsonNode} or {@code Map}. They are documented instead of the
	 * parameter types, and enforced: an argument that does not convert to its model or violates
	 * its constraints is an {@code invalid_payload}.
	 * @return the documented payload types, or empty to use the parameter types
	 */
	Class<?>[] payload() default {};

	/**
	 * Explicit acknowledgement model, when the method returns an untyped value. It is documented
	 * instead of the return type, and enforced like the return type's constraints.
	 * @return the documented ack type, or {@code void.class} to use the return type
	 */
	Class<?> ack() default void.class;

}
