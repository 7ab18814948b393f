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
 * Raised when an event payload sent by a client could not be converted to the handler's parameter types or violates their constraints. The handler did not run; by default the client gets an {@code invalid_payload} error ack.
 * <p>It records no stack trace: it describes what a client sent, not where the server failed,
 * and recording the trace cost more than converting, validating and answering the event.
 *
 * @since 0.1.0
 */
public class RequestValidationException extends SocketIoValidationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public RequestValidationException(String namespace, String event, List<Violation> violations) {
		super("payload", namespace, event, violations, false);
	}

	/**
	 * Create an exception for something else a client sent, such as the acknowledgement of an
	 * emitted event.
	 * @param subject what was invalid, for example {@code ack}
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public RequestValidationException(String subject, String namespace, String event, List<Violation> violations) {
		super(subject, namespace, event, violations, false);
	}

}
