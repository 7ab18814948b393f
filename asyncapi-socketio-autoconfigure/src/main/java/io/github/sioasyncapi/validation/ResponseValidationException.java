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
 * Raised when a handler's return value violates the constraints of its type. Nothing was sent; this is a server bug, so by default the client gets an {@code internal_error} ack and the details are logged.
 *
 * @since 0.1.0
 */
public class ResponseValidationException extends SocketIoValidationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public ResponseValidationException(String namespace, String event, List<Violation> violations) {
		super("ack", namespace, event, violations);
	}

}
