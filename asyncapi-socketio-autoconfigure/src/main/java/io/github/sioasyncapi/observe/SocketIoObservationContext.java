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

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of a Socket.IO observation: an event handled, a client connecting, or an event
 * sent.
 *
 * @since 0.1.0
 */
public class SocketIoObservationContext extends Observation.Context {

	/**
	 * What is observed.
	 *
	 * @since 0.1.0
	 */
	public enum Kind {

		/**
		 * An event handled ({@code socketio.event}): its handler (or none, for an unknown
		 * event), and also the {@code @OnConnect} and {@code @OnDisconnect} handlers, as the
		 * events {@code connect} and {@code disconnect}.
		 */
		EVENT("socketio.event"),

		/** A client connecting to a namespace: authentication and connect guards ({@code socketio.connect}). */
		CONNECT("socketio.connect"),

		/** An event sent to one or more clients ({@code socketio.emit}). */
		EMIT("socketio.emit");

		private final String observationName;

		Kind(String observationName) {
			this.observationName = observationName;
		}

		/**
		 * The name of the observation by default.
		 * @return for example {@code socketio.event}
		 */
		public String observationName() {
			return this.observationName;
		}

	}

	private final Kind kind;

	private final String namespace;

	private final String event;

	private final @Nullable String clientId;

	private @Nullable Outcome outcome;

	/**
	 * Create a context.
	 * @param kind what is observed
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name ({@code UNKNOWN} for events no handler is mapped to,
	 * {@code connect} for a connect)
	 * @param clientId the session id of the client, or {@code null} for an emit
	 */
	public SocketIoObservationContext(Kind kind, String namespace, String event, @Nullable String clientId) {
		this.kind = kind;
		this.namespace = namespace;
		this.event = event;
		this.clientId = clientId;
	}

	/**
	 * What is observed.
	 * @return an event handled, a client connecting or an event sent
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * The namespace of the client or of the event.
	 * @return the namespace, for example {@code "/"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event handled or sent.
	 * @return the event name; {@code UNKNOWN} for events no handler is mapped to,
	 * {@code connect} for a connect
	 */
	public String getEvent() {
		return this.event;
	}

	/**
	 * The client whose event is handled or who connects.
	 * @return the session id of the client, or {@code null} for an emit
	 */
	public @Nullable String getClientId() {
		return this.clientId;
	}

	/**
	 * How it ended.
	 * @return the outcome, or {@code null} while it runs
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Record how it ended, before the observation stops.
	 * @param outcome the outcome
	 */
	public void setOutcome(@Nullable Outcome outcome) {
		this.outcome = outcome;
	}

}
