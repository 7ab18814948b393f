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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default convention of Socket.IO observations, one per {@link SocketIoObservationContext.Kind
 * kind}: named {@code socketio.event}, {@code socketio.connect} or {@code socketio.emit}, with
 * the low-cardinality keys {@code namespace}, {@code event} and {@code outcome} (the values of
 * the {@code socketio.events} metric's tags), and the high-cardinality key
 * {@code socketio.client.id} (the client's session id, on events and connects). Spans are named
 * after the namespace and event, for example {@code "/ make_move"}, {@code "connect /"} and
 * {@code "emit move_made"}.
 *
 * @since 0.1.0
 */
public class DefaultSocketIoObservationConvention implements SocketIoObservationConvention {

	/** The key of the client's session id. */
	public static final String CLIENT_ID = "socketio.client.id";

	private static final int OUTCOMES = Outcome.values().length;

	private final SocketIoObservationContext.Kind kind;

	/** The low-cardinality key-values by namespace and event, indexed by outcome (the last: none yet). */
	private final Map<String, Map<String, KeyValues[]>> lowCardinality = new ConcurrentHashMap<>();

	/**
	 * Create the convention of one kind of observation.
	 * @param kind the kind
	 */
	public DefaultSocketIoObservationConvention(SocketIoObservationContext.Kind kind) {
		this.kind = kind;
	}

	@Override
	public String getName() {
		return this.kind.observationName();
	}

	@Override
	public String getContextualName(SocketIoObservationContext context) {
		return switch (context.getKind()) {
			case EVENT -> context.getNamespace() + " " + context.getEvent();
			case CONNECT -> "connect " + context.getNamespace();
			case EMIT -> "emit " + context.getEvent();
		};
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The key-values are made once per namespace, event and outcome, and shared: they are asked
	 * for when every observation starts and stops.
	 */
	@Override
	public KeyValues getLowCardinalityKeyValues(SocketIoObservationContext context) {
		String namespace = context.getNamespace();
		String event = context.getEvent();
		Outcome outcome = context.getOutcome();
		Map<String, KeyValues[]> events = this.lowCardinality.get(namespace);
		if (events == null) {
			events = this.lowCardinality.computeIfAbsent(namespace, (key) -> new ConcurrentHashMap<>());
		}
		KeyValues[] byOutcome = events.get(event);
		if (byOutcome == null) {
			byOutcome = events.computeIfAbsent(event, (key) -> new KeyValues[OUTCOMES + 1]);
		}
		int index = (outcome != null) ? outcome.ordinal() : OUTCOMES;
		KeyValues keyValues = byOutcome[index];
		if (keyValues == null) {
			// two threads may both make them: the same immutable values
			keyValues = lowCardinalityKeyValues(namespace, event, outcome);
			byOutcome[index] = keyValues;
		}
		return keyValues;
	}

	private static KeyValues lowCardinalityKeyValues(String namespace, String event, @Nullable Outcome outcome) {
		return KeyValues.of("namespace", namespace, "event", event, "outcome",
				(outcome != null) ? outcome.tag() : "unknown");
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SocketIoObservationContext context) {
		String clientId = context.getClientId();
		return (clientId != null) ? KeyValues.of(CLIENT_ID, clientId) : KeyValues.empty();
	}

}
