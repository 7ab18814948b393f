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

package io.github.sioasyncapi.validation;

import java.util.List;

/**
 * Raised when the payload of an emit of an event declared with {@code @Emits} does not match the declared type, or the event is undeclared and {@code socketio.validation.undeclared-emits=fail}. Nothing was sent.
 *
 * @since 0.1.0
 */
public class EmitValidationException extends SocketIoValidationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public EmitValidationException(String namespace, String event, List<Violation> violations) {
		super("emit", namespace, event, violations);
	}

}
