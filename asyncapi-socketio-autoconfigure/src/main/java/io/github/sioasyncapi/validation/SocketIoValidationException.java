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

import java.util.Comparator;
import java.util.List;

/**
 * Base class of the exceptions raised when a value crossing the wire does not match its
 * declared type: a payload ({@link RequestValidationException}), an acknowledgement
 * ({@link ResponseValidationException}) or an emitted event ({@link EmitValidationException}).
 *
 * @since 0.1.0
 */
public abstract class SocketIoValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The namespace of the event. */
	private final String namespace;

	/** The event whose value was invalid. */
	private final String event;

	/** What was invalid, for example {@code payload} or {@code ack}. */
	private final String subject;

	private final transient List<Violation> violations;

	/**
	 * Create an exception.
	 * @param what what was invalid, for example {@code payload} or {@code ack}
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	protected SocketIoValidationException(String what, String namespace, String event, List<Violation> violations) {
		this(what, namespace, event, violations, true);
	}

	/**
	 * Create an exception, possibly without a stack trace. The message is written when it is
	 * first asked for.
	 * @param what what was invalid, for example {@code payload} or {@code ack}
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 * @param writableStackTrace whether to record the stack trace; {@code false} for values a
	 * client sent, whose stack trace only ever shows the dispatcher and costs more to record than
	 * the validation itself
	 */
	protected SocketIoValidationException(String what, String namespace, String event, List<Violation> violations,
			boolean writableStackTrace) {
		super(null, null, true, writableStackTrace);
		this.namespace = namespace;
		this.event = event;
		this.subject = what;
		this.violations = violations.stream()
			.sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
			.toList();
	}

	@Override
	public String getMessage() {
		return describe(this.subject, this.namespace, this.event, this.violations);
	}

	private static String describe(String what, String namespace, String event, List<Violation> violations) {
		return "Invalid " + what + " for event '" + event + "' in namespace '" + namespace + "': " + violations;
	}

	/**
	 * The namespace of the event.
	 * @return the namespace, for example {@code "/"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event whose value was invalid.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

	/**
	 * What was invalid.
	 * @return {@code payload}, {@code ack} or {@code emit}
	 */
	public String getSubject() {
		return this.subject;
	}

	/**
	 * The field-level violations, sorted by path and message.
	 * @return the violations, never empty
	 */
	public List<Violation> getViolations() {
		return this.violations;
	}

}
