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

package io.github.sioasyncapi.actuate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIONamespace;
import io.github.sioasyncapi.handler.NamespaceHandlers;
import io.github.sioasyncapi.observe.EvictionReason;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.server.SocketIoServerInitializedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationListener;

/**
 * Micrometer metrics of the Socket.IO runtime:
 * <ul>
 * <li>{@code socketio.events}: timer of handled events, tags {@code namespace}, {@code event}
 * ({@code UNKNOWN} for events nobody handles) and {@code outcome};</li>
 * <li>{@code socketio.connections}: gauge of connected clients per {@code namespace};</li>
 * <li>{@code socketio.emits}: counter of sent events, tags {@code namespace}, {@code event};</li>
 * <li>{@code socketio.validation.failures}: counter, tags {@code namespace}, {@code event},
 * {@code kind} ({@code request}, {@code response}, {@code emit});</li>
 * <li>{@code socketio.connections.refused}: counter of connections refused by connect guards,
 * tag {@code namespace};</li>
 * <li>{@code socketio.clients.evicted}: counter of clients disconnected as slow consumers, tag
 * {@code reason} ({@code slow_consumer}, {@code outbound_hard_limit}).</li>
 * </ul>
 * Meters are looked up once per tag combination and cached.
 *
 * @since 0.1.0
 */
public class SocketIoMetrics implements SocketIoObserver, ApplicationListener<SocketIoServerInitializedEvent> {

	private static final Outcome[] OUTCOMES = Outcome.values();

	private final MeterRegistry registry;

	private final Map<String, Map<String, Timer[]>> timers = new ConcurrentHashMap<>();

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final Map<EvictionReason, Counter> evictions = new ConcurrentHashMap<>();

	/**
	 * Create the metrics.
	 * @param registry the meter registry
	 */
	public SocketIoMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void eventHandled(String namespace, String event, Outcome outcome, boolean acked, long durationNanos) {
		Map<String, Timer[]> events = this.timers.computeIfAbsent(namespace, (key) -> new ConcurrentHashMap<>());
		Timer[] byOutcome = events.computeIfAbsent(event, (key) -> new Timer[OUTCOMES.length]);
		Timer timer = byOutcome[outcome.ordinal()];
		if (timer == null) {
			timer = Timer.builder("socketio.events")
				.description("Socket.IO events handled, from arrival to ack")
				.tags("namespace", namespace, "event", event, "outcome", outcome.tag())
				.register(this.registry);
			byOutcome[outcome.ordinal()] = timer;
		}
		timer.record(durationNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void validationFailed(String namespace, String event, String kind) {
		counter("socketio.validation.failures", "Payloads, acks and emits rejected by validation", namespace, event,
				"kind", kind)
			.increment();
	}

	@Override
	public void eventEmitted(String namespace, String event) {
		counter("socketio.emits", "Socket.IO events sent", namespace, event, null, null).increment();
	}

	@Override
	public void connectRefused(String namespace) {
		counter("socketio.connections.refused", "Connections refused by connect guards", namespace, null, null, null)
			.increment();
	}

	@Override
	public void clientEvicted(EvictionReason reason) {
		this.evictions.computeIfAbsent(reason, (key) -> Counter.builder("socketio.clients.evicted")
			.description("Clients disconnected as slow consumers")
			.tag("reason", key.tag())
			.register(this.registry)).increment();
	}

	private Counter counter(String name, String description, String namespace, @Nullable String event,
			@Nullable String extraTag, @Nullable String extraValue) {
		String key = name + '\u0000' + namespace + '\u0000' + event + '\u0000' + extraValue;
		Counter counter = this.counters.get(key);
		if (counter == null) {
			Counter.Builder builder = Counter.builder(name).description(description).tag("namespace", namespace);
			if (event != null) {
				builder.tag("event", event);
			}
			if (extraTag != null && extraValue != null) {
				builder.tag(extraTag, extraValue);
			}
			counter = this.counters.computeIfAbsent(key, (k) -> builder.register(this.registry));
		}
		return counter;
	}

	@Override
	public void onApplicationEvent(SocketIoServerInitializedEvent event) {
		for (SocketIONamespace namespace : event.getServer().getAllNamespaces()) {
			Gauge.builder("socketio.connections", namespace, (ns) -> ns.getAllClients().size())
				.description("Clients connected to a Socket.IO namespace")
				.tag("namespace", NamespaceHandlers.toClientName(namespace.getName()))
				.strongReference(false)
				.register(this.registry);
		}
	}

}
