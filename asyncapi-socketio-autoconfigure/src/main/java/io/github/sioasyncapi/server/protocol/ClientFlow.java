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

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.corundumstudio.socketio.handler.ClientHead;
import io.github.sioasyncapi.observe.EvictionReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.WriteBufferWaterMark;
import org.jspecify.annotations.Nullable;

/**
 * The flow control of one session: how many of its events wait for handlers, how much data
 * waits to be sent to it, whether its input is read, and the input held while it is not.
 * <p>Its input is not read while it is <em>backlogged</em> (its pending events reached
 * {@link ClientLimits#maxPendingEvents()}, until half of them are handled) or
 * <em>congested</em> (its unsent data reached the write buffer's high water mark, until it is
 * below the low water mark). While backlogged, its ping timeout is suspended: the server is
 * behind, not the client. Unsent data above {@link ClientLimits#maxOutboundBytes()} for longer
 * than the slow-consumer timeout, or above the hard limit, evicts the client.
 * <p>The counters change on I/O, handler and application threads; a change that crosses a
 * threshold re-decides under the flow's lock and has the channels' event loops apply it.
 */
final class ClientFlow {

	private final ClientHead client;

	private final ClientFlows flows;

	private final ClientLimits limits;

	private final WriteBufferWaterMark waterMark;

	private final AtomicInteger pendingEvents = new AtomicInteger();

	private final AtomicLong outboundBytes = new AtomicLong();

	private final AtomicBoolean evicted = new AtomicBoolean();

	private volatile boolean discarded;

	private final AtomicBoolean slowConsumerCheckScheduled = new AtomicBoolean();

	private volatile long aboveLimitSince;

	private volatile boolean paused;

	private volatile boolean holdingMessages;

	private volatile @Nullable Channel websocket;

	private boolean backlogged;

	private boolean congested;

	private final Queue<HeldMessage> heldMessages = new ArrayDeque<>();

	private @Nullable Channel heldPostChannel;

	private @Nullable String heldPost;

	ClientFlow(ClientHead client, ClientFlows flows, ClientLimits limits, WriteBufferWaterMark waterMark) {
		this.client = client;
		this.flows = flows;
		this.limits = limits;
		this.waterMark = waterMark;
	}

	ClientHead client() {
		return this.client;
	}

	int pendingEvents() {
		return this.pendingEvents.get();
	}

	long outboundBytes() {
		return this.outboundBytes.get();
	}

	/**
	 * Whether the client's input is not read now.
	 * @return {@code true} while backlogged or congested
	 */
	boolean isPaused() {
		return this.paused;
	}

	/**
	 * Whether a websocket message that arrives now must be held: reading is paused, or earlier
	 * messages are held and must be read first.
	 * @return {@code true} if the message must be held
	 */
	boolean mustHoldMessage() {
		return this.paused || this.holdingMessages;
	}

	/**
	 * Whether packets for the session are still queued: not once it is evicted or ended.
	 * @return {@code true} while packets are queued
	 */
	boolean isOpen() {
		return !this.evicted.get() && !this.discarded;
	}

	/**
	 * The session's websocket, once the server has read from it or written to it.
	 * @return the websocket, or {@code null}
	 */
	@Nullable Channel websocket() {
		return this.websocket;
	}

	/**
	 * Note the session's websocket; pauses reading it at once if the session is paused.
	 * @param channel the websocket
	 */
	void websocket(Channel channel) {
		if (this.websocket != channel) {
			this.websocket = channel;
			if (this.paused) {
				channel.config().setAutoRead(false);
			}
		}
	}

	void eventQueued() {
		if (this.pendingEvents.incrementAndGet() == this.limits.maxPendingEvents()) {
			reconsider();
		}
	}

	void eventDone() {
		if (this.pendingEvents.decrementAndGet() == this.limits.resumePendingEvents()) {
			reconsider();
		}
	}

	/**
	 * Count data queued for the client: crossing the high water mark pauses its input, going
	 * above the outbound limit starts the slow-consumer clock, and going above the hard limit
	 * evicts it.
	 * @param bytes the size of the data
	 */
	void outboundQueued(long bytes) {
		long now = this.outboundBytes.addAndGet(bytes);
		long before = now - bytes;
		if (before < this.waterMark.high() && now >= this.waterMark.high()) {
			reconsider();
		}
		if (now > this.limits.outboundHardLimitBytes()) {
			evict(EvictionReason.OUTBOUND_HARD_LIMIT);
		}
		else if (before <= this.limits.maxOutboundBytes() && now > this.limits.maxOutboundBytes()) {
			this.aboveLimitSince = System.nanoTime();
			scheduleSlowConsumerCheck(this.limits.slowConsumerTimeout().toNanos());
		}
	}

	/**
	 * Count data written to the client's socket (or dropped with its connection).
	 * @param bytes the size of the data
	 */
	void outboundWritten(long bytes) {
		long now = this.outboundBytes.addAndGet(-bytes);
		long before = now + bytes;
		if (before > this.waterMark.low() && now <= this.waterMark.low()) {
			reconsider();
		}
	}

	private void scheduleSlowConsumerCheck(long delayNanos) {
		if (this.slowConsumerCheckScheduled.compareAndSet(false, true)) {
			this.flows.schedule(this::checkSlowConsumer, delayNanos);
		}
	}

	private void checkSlowConsumer() {
		this.slowConsumerCheckScheduled.set(false);
		// read from the count: a flag set by the sending thread and cleared by the event loop could be
		// left set by writes in the wrong order
		if (this.outboundBytes.get() <= this.limits.maxOutboundBytes() || !isOpen()) {
			return;
		}
		long above = System.nanoTime() - this.aboveLimitSince;
		long timeout = this.limits.slowConsumerTimeout().toNanos();
		if (above >= timeout) {
			evict(EvictionReason.SLOW_CONSUMER);
		}
		else {
			scheduleSlowConsumerCheck(timeout - above);
		}
	}

	private void evict(EvictionReason reason) {
		if (!this.discarded && this.client.isConnected() && this.evicted.compareAndSet(false, true)) {
			this.flows.evict(this, reason);
		}
	}

	/**
	 * Decide whether the client's input is read, from the counters as they are now, and have
	 * the event loops apply a change.
	 */
	private void reconsider() {
		synchronized (this) {
			boolean nowBacklogged = this.backlogged ? this.pendingEvents.get() > this.limits.resumePendingEvents()
					: this.pendingEvents.get() >= this.limits.maxPendingEvents();
			boolean nowCongested = this.congested ? this.outboundBytes.get() > this.waterMark.low()
					: this.outboundBytes.get() >= this.waterMark.high();
			if (nowBacklogged && !this.backlogged) {
				this.client.cancelPingTimeout();
			}
			else if (!nowBacklogged && this.backlogged && this.client.isConnected()) {
				this.client.schedulePingTimeout();
			}
			this.backlogged = nowBacklogged;
			this.congested = nowCongested;
			boolean nowPaused = nowBacklogged || nowCongested;
			if (nowPaused == this.paused) {
				return;
			}
			this.paused = nowPaused;
		}
		this.flows.readingChanged(this);
	}

	/**
	 * Hold a websocket message that cannot be read now, and stop reading the websocket.
	 * @param channel the websocket
	 * @param content the message, retained here until it is read or discarded
	 * @param binary whether it came in a binary frame
	 * @return {@code true} if the session is read again already, so that the caller must
	 * read the held messages (a change of the reading state after this call reads them itself)
	 */
	synchronized boolean hold(Channel channel, ByteBuf content, boolean binary) {
		this.heldMessages.add(new HeldMessage(content.retain(), binary));
		this.holdingMessages = true;
		channel.config().setAutoRead(false);
		return !this.paused;
	}

	/**
	 * The next held websocket message, to read now.
	 * @return the message (release it when read), or {@code null} if none is held
	 */
	synchronized @Nullable HeldMessage nextHeldMessage() {
		HeldMessage message = this.heldMessages.poll();
		this.holdingMessages = !this.heldMessages.isEmpty();
		return message;
	}

	/**
	 * Whether a long-polling {@code POST} of the session is held; another one overlaps it, which
	 * Engine.IO refuses.
	 * @return {@code true} if one is held
	 */
	synchronized boolean isPostHeld() {
		return this.heldPostChannel != null;
	}

	/**
	 * Hold the rest of a long-polling {@code POST} that cannot be read now; its response waits,
	 * and its connection is not read.
	 * @param channel the connection of the {@code POST}
	 * @param rest the packets not read yet
	 * @return {@code true} if the session is read again already, so that the caller must
	 * read the rest (a change of the reading state after this call reads it itself)
	 */
	synchronized boolean holdPost(Channel channel, String rest) {
		this.heldPostChannel = channel;
		this.heldPost = rest;
		channel.config().setAutoRead(false);
		return !this.paused;
	}

	/**
	 * Take the held rest of a {@code POST} to read it; the {@code POST} stays held until
	 * {@link #endPost()}.
	 * @return the rest, or {@code null} if none is held or another reader took it
	 */
	synchronized @Nullable String takeHeldPost() {
		String rest = this.heldPost;
		this.heldPost = null;
		return rest;
	}

	/**
	 * The connection of the held {@code POST}.
	 * @return the connection, or {@code null} if no {@code POST} is held
	 */
	synchronized @Nullable Channel heldPostChannel() {
		return this.heldPostChannel;
	}

	/**
	 * The held {@code POST} was read to its end (and is answered).
	 */
	synchronized void endPost() {
		this.heldPostChannel = null;
		this.heldPost = null;
	}

	/**
	 * Release what is held: the session ended. The connection of a held {@code POST}, which
	 * would not be answered, is closed.
	 */
	void discard() {
		Channel post;
		synchronized (this) {
			this.discarded = true;
			HeldMessage message;
			while ((message = this.heldMessages.poll()) != null) {
				message.content().release();
			}
			this.holdingMessages = false;
			post = this.heldPostChannel;
			this.heldPost = null;
			this.heldPostChannel = null;
		}
		if (post != null) {
			post.close();
		}
	}

	/**
	 * A websocket message held while the session's input is not read.
	 *
	 * @param content the message
	 * @param binary whether it came in a binary frame
	 */
	record HeldMessage(ByteBuf content, boolean binary) {
	}

}
