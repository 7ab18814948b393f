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

package io.github.sioasyncapi.error;

/**
 * Raised when a client sends an event no handler is mapped to in the namespace. By default the
 * client gets an {@code unknown_event} error ack if it asked for an ack.
 *
 * @since 0.1.0
 */
public class UnknownEventException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The namespace the event was sent to. */
	private final String namespace;

	/** The event that no handler is mapped to. */
	private final String event;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event nobody handles
	 */
	public UnknownEventException(String namespace, String event) {
		super("Unknown event '" + event + "' in namespace '" + namespace + "'");
		this.namespace = namespace;
		this.event = event;
	}

	/**
	 * The namespace.
	 * @return the namespace, for example {@code "/"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event nobody handles.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

}
