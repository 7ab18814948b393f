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

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts events per namespace and event: received, acked, and failed by outcome. Always on (the
 * counters are cheap), read by the Actuator endpoint.
 *
 * @since 0.1.0
 */
public final class EventStatistics implements SocketIoObserver {

	private final Map<String, Map<String, Counters>> namespaces = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> refusedConnects = new ConcurrentHashMap<>();

	/**
	 * Create statistics with every counter at zero.
	 */
	public EventStatistics() {
	}

	@Override
	public void eventReceived(String namespace, String event) {
		counters(namespace, event).received.increment();
	}

	@Override
	public void eventHandled(String namespace, String event, Outcome outcome, boolean acked, long durationNanos) {
		Counters counters = counters(namespace, event);
		if (acked) {
			counters.acked.increment();
		}
		if (outcome != Outcome.OK) {
			counters.failed.get(outcome).increment();
		}
	}

	@Override
	public void connectRefused(String namespace) {
		this.refusedConnects.computeIfAbsent(namespace, (key) -> new LongAdder()).increment();
	}

	private Counters counters(String namespace, String event) {
		Map<String, Counters> events = this.namespaces.get(namespace);
		if (events == null) {
			events = this.namespaces.computeIfAbsent(namespace, (key) -> new ConcurrentHashMap<>());
		}
		Counters counters = events.get(event);
		return (counters != null) ? counters : events.computeIfAbsent(event, (key) -> new Counters());
	}

	/**
	 * The counts of a namespace.
	 * @param namespace the namespace
	 * @return the counts by event name, sorted
	 */
	public Map<String, EventCounts> getCounts(String namespace) {
		Map<String, EventCounts> counts = new TreeMap<>();
		this.namespaces.getOrDefault(namespace, Map.of()).forEach((event, counters) -> counts.put(event, counters.snapshot()));
		return counts;
	}

	/**
	 * The number of connections to a namespace refused by connect guards.
	 * @param namespace the namespace
	 * @return the count
	 */
	public long getRefusedConnects(String namespace) {
		LongAdder refused = this.refusedConnects.get(namespace);
		return (refused != null) ? refused.sum() : 0;
	}

	/**
	 * The counts of one event.
	 *
	 * @param received events that arrived
	 * @param acked acks sent
	 * @param failed failures by outcome tag
	 * @since 0.1.0
	 */
	public record EventCounts(long received, long acked, Map<String, Long> failed) {
	}

	private static final class Counters {

		private final LongAdder received = new LongAdder();

		private final LongAdder acked = new LongAdder();

		private final Map<Outcome, LongAdder> failed = new EnumMap<>(Outcome.class);

		Counters() {
			for (Outcome outcome : Outcome.values()) {
				if (outcome != Outcome.OK) {
					this.failed.put(outcome, new LongAdder());
				}
			}
		}

		EventCounts snapshot() {
			Map<String, Long> failures = new LinkedHashMap<>();
			this.failed.forEach((outcome, count) -> {
				long sum = count.sum();
				if (sum > 0) {
					failures.put(outcome.tag(), sum);
				}
			});
			return new EventCounts(this.received.sum(), this.acked.sum(), failures);
		}

	}

}
