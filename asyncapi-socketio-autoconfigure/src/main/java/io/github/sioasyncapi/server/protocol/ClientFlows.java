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

import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.handler.ClientHead;
import io.github.sioasyncapi.observe.EvictionReason;
import io.netty.channel.WriteBufferWaterMark;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The flow control of the sessions of one started server: creates each session's
 * {@link ClientFlow} with its {@link OutboundQueue}s, and carries out what the flows decide
 * through the protocol handlers (reading again, evicting).
 */
final class ClientFlows {

	private static final Log logger = LogFactory.getLog(ClientFlows.class);

	private final ClientFlowControl control;

	private final PacketEncoding encoding;

	private final WriteBufferWaterMark waterMark;

	private final FineGrainedScheduler scheduler;

	private volatile @Nullable Handlers handlers;

	ClientFlows(ClientFlowControl control, PacketEncoding encoding, WriteBufferWaterMark waterMark,
			FineGrainedScheduler scheduler) {
		this.control = control;
		this.encoding = encoding;
		this.waterMark = waterMark;
		this.scheduler = scheduler;
	}

	/**
	 * Carry out the flows' decisions with the protocol handlers, from now on.
	 * @param packets reads held input when a session is read again
	 * @param sessions evicts sessions
	 */
	void bind(EngineIoPacketHandler packets, EngineIoSessions sessions) {
		this.handlers = new Handlers(packets, sessions);
	}

	/**
	 * Start the flow control of a new session.
	 * @param client the session
	 * @return its flow
	 */
	ClientFlow open(ClientHead client) {
		ClientFlow flow = new ClientFlow(client, this, this.control.getLimits(), this.waterMark);
		this.control.register(flow);
		return flow;
	}

	/**
	 * A new outbound queue of a session, one for each transport (until an upgrade, the
	 * websocket's carries only the probe's answer).
	 * @param flow the session's flow
	 * @return the queue
	 */
	OutboundQueue newQueue(ClientFlow flow) {
		return new OutboundQueue(flow, this.encoding);
	}

	/**
	 * End the flow control of a session that netty-socketio forgot.
	 * @param client the session
	 */
	void close(ClientHead client) {
		ClientFlow flow = this.control.remove(client.getSessionId());
		if (flow != null) {
			flow.discard();
		}
	}

	@Nullable ClientFlow get(ClientHead client) {
		return this.control.get(client.getSessionId());
	}

	void schedule(Runnable task, long delayNanos) {
		this.scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * The session is to be read again, or no more: apply it to its connections, reading what
	 * was held first.
	 */
	void readingChanged(ClientFlow flow) {
		Handlers current = this.handlers;
		if (current != null) {
			current.packets().readingChanged(flow);
		}
	}

	/**
	 * Disconnect a slow consumer: logged, counted, and disconnected on the scheduler's thread
	 * (never on the thread that was sending to it).
	 */
	void evict(ClientFlow flow, EvictionReason reason) {
		ClientHead client = flow.client();
		logger.warn("Disconnecting Socket.IO client " + client.getSessionId() + " (" + client.getRemoteAddress()
				+ ") as a slow consumer: " + describe(flow, reason));
		this.control.evicted(reason);
		this.scheduler.schedule(() -> {
			Handlers current = this.handlers;
			if (current != null) {
				current.sessions().evict(client, flow.websocket(), flow.heldPostChannel());
			}
		}, 0, TimeUnit.MILLISECONDS);
	}

	private String describe(ClientFlow flow, EvictionReason reason) {
		ClientLimits limits = this.control.getLimits();
		return switch (reason) {
			case SLOW_CONSUMER -> "more than " + limits.maxOutboundBytes() + " bytes unsent for "
					+ limits.slowConsumerTimeout().toMillis()
					+ " ms (socketio.server.max-outbound-buffer, socketio.server.slow-consumer-timeout)";
			case OUTBOUND_HARD_LIMIT -> flow.outboundBytes() + " bytes unsent, above "
					+ limits.outboundHardLimitBytes() + " (socketio.server.max-outbound-buffer-hard-limit)";
		};
	}

	private record Handlers(EngineIoPacketHandler packets, EngineIoSessions sessions) {
	}

}
