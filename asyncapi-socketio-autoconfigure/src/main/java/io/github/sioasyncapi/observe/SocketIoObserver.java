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

package io.github.sioasyncapi.observe;

/**
 * Notified of what the Socket.IO runtime does, for statistics and metrics. Methods are called
 * on I/O and handler threads and must be fast and never throw. Implementations are picked up as
 * beans.
 *
 * @since 0.1.0
 */
public interface SocketIoObserver {

	/** The event tag of events no handler is mapped to, which keeps tag values bounded. */
	String UNKNOWN_EVENT = "UNKNOWN";

	/**
	 * An event arrived and was queued for its handler.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name, or {@link #UNKNOWN_EVENT}
	 */
	default void eventReceived(String namespace, String event) {
	}

	/**
	 * An event, connect or disconnect was handled.
	 * @param namespace the namespace
	 * @param event the event name ({@code connect}, {@code disconnect} for those handlers), or
	 * {@link #UNKNOWN_EVENT}
	 * @param outcome how it ended
	 * @param acked whether an ack was sent to the client
	 * @param durationNanos the time from arrival to the end of handling, queueing included
	 */
	default void eventHandled(String namespace, String event, Outcome outcome, boolean acked, long durationNanos) {
	}

	/**
	 * A payload, ack or emit was rejected by validation.
	 * @param namespace the namespace
	 * @param event the event name, or {@link #UNKNOWN_EVENT}
	 * @param kind {@code request} (payloads and client acks), {@code response} (handler acks)
	 * or {@code emit}
	 */
	default void validationFailed(String namespace, String event, String kind) {
	}

	/**
	 * An event was sent to one or more clients.
	 * @param namespace the namespace
	 * @param event the event name
	 */
	default void eventEmitted(String namespace, String event) {
	}

	/**
	 * A connection to a namespace was refused by a connect guard.
	 * @param namespace the namespace
	 */
	default void connectRefused(String namespace) {
	}

	/**
	 * The server disconnected a client that did not read what it was sent (a slow consumer).
	 * @param reason why
	 */
	default void clientEvicted(EvictionReason reason) {
	}

}
