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
