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

package io.github.sioasyncapi.server.protocol;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.sioasyncapi.handler.ClientBacklog;
import io.github.sioasyncapi.observe.EvictionReason;
import io.github.sioasyncapi.observe.SocketIoObserver;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each client of the server within its {@link ClientLimits}: stops reading from a client
 * whose events wait for handlers or whose data waits to be sent, resumes when they drain, and
 * disconnects slow consumers. The handler side reports each client's queued events through
 * {@link ClientBacklog}; the protocol handlers report its outbound data. One per application,
 * kept across restarts of the server; it also counts the evictions and sums up the clients'
 * state for the Actuator endpoint.
 *
 * @since 0.1.0
 */
public final class ClientFlowControl implements ClientBacklog {

	private final ClientLimits limits;

	private final SocketIoObserver observer;

	private final Map<UUID, ClientFlow> flows = new ConcurrentHashMap<>();

	private final Map<EvictionReason, LongAdder> evictions = new EnumMap<>(EvictionReason.class);

	/**
	 * Create the flow control.
	 * @param limits the limits of each client
	 * @param observer notified of evictions
	 */
	public ClientFlowControl(ClientLimits limits, SocketIoObserver observer) {
		this.limits = limits;
		this.observer = observer;
		for (EvictionReason reason : EvictionReason.values()) {
			this.evictions.put(reason, new LongAdder());
		}
	}

	/**
	 * The limits of each client.
	 * @return the limits
	 */
	public ClientLimits getLimits() {
		return this.limits;
	}

	@Override
	public void queued(UUID sessionId) {
		ClientFlow flow = this.flows.get(sessionId);
		if (flow != null) {
			flow.eventQueued();
		}
	}

	@Override
	public void done(UUID sessionId) {
		ClientFlow flow = this.flows.get(sessionId);
		if (flow != null) {
			flow.eventDone();
		}
	}

	/**
	 * The state of the clients now, summed up, and the evictions so far.
	 * @return the statistics
	 */
	public Statistics getStatistics() {
		int clients = 0;
		int paused = 0;
		long pending = 0;
		int maxPending = 0;
		long outbound = 0;
		long maxOutbound = 0;
		for (ClientFlow flow : this.flows.values()) {
			clients++;
			if (flow.isPaused()) {
				paused++;
			}
			int events = flow.pendingEvents();
			pending += events;
			maxPending = Math.max(maxPending, events);
			long bytes = flow.outboundBytes();
			outbound += bytes;
			maxOutbound = Math.max(maxOutbound, bytes);
		}
		Map<String, Long> evicted = new LinkedHashMap<>();
		this.evictions.forEach((reason, count) -> evicted.put(reason.tag(), count.sum()));
		return new Statistics(clients, paused, pending, maxPending, outbound, maxOutbound, evicted);
	}

	void register(ClientFlow flow) {
		this.flows.put(flow.client().getSessionId(), flow);
	}

	@Nullable ClientFlow remove(UUID sessionId) {
		return this.flows.remove(sessionId);
	}

	@Nullable ClientFlow get(UUID sessionId) {
		return this.flows.get(sessionId);
	}

	void evicted(EvictionReason reason) {
		this.evictions.get(reason).increment();
		this.observer.clientEvicted(reason);
	}

	/**
	 * The clients' flow control at one moment.
	 *
	 * @param clients the sessions
	 * @param pausedClients the sessions whose input is not read now (backlogged or congested)
	 * @param pendingEvents events accepted and not yet handled, all sessions together
	 * @param maxPendingEvents the most pending events of one session
	 * @param outboundBytes data waiting to be sent, all sessions together
	 * @param maxOutboundBytes the most data waiting to be sent to one session
	 * @param evicted slow consumers disconnected since the application started, by reason
	 * @since 0.1.0
	 */
	public record Statistics(int clients, int pausedClients, long pendingEvents, int maxPendingEvents,
			long outboundBytes, long maxOutboundBytes, Map<String, Long> evicted) {
	}

}
