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

package io.github.sioasyncapi.benchmarks.driver;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import org.HdrHistogram.Histogram;

/**
 * One Socket.IO v5 client over an Engine.IO v4 websocket, the protocol kept to what the benchmark
 * needs: it answers the server's pings, connects to the main namespace and, once started, keeps a
 * fixed number of acknowledged events in flight, sending the next request as soon as an ack
 * arrives (a closed loop). Every ack is checked against the answer the workload expects; the
 * latency of acks that arrive within the measurement window is recorded. All methods run on the
 * connection's event loop.
 */
final class SocketIoConnection extends SimpleChannelInboundHandler<TextWebSocketFrame> {

	private static final int SLOTS = 64;

	private final int number;

	private final String event;

	private final int inFlight;

	private final Window window;

	private final CompletableFuture<SocketIoConnection> connected = new CompletableFuture<>();

	private Histogram histogram;

	private final long[] pendingIds = new long[SLOTS];

	private final long[] sentNanos = new long[SLOTS];

	private final StringBuilder packet = new StringBuilder(64);

	private ChannelHandlerContext context;

	private long nextAckId;

	private int pending;

	private long acksInWindow;

	private long acks;

	private long wrongAcks;

	/**
	 * A connection.
	 * @param number the connection's number, part of the requests' game ids
	 * @param event the event to send ({@code make_move} or {@code slow})
	 * @param inFlight how many acked events to keep in flight, at most 32
	 * @param window when to send and when to record
	 */
	SocketIoConnection(int number, String event, int inFlight, Window window) {
		if (inFlight < 0 || inFlight > SLOTS / 2) {
			throw new IllegalArgumentException("in flight must be 0.." + SLOTS / 2);
		}
		this.number = number;
		this.event = event;
		this.inFlight = inFlight;
		this.window = window;
		Arrays.fill(this.pendingIds, -1);
	}

	/**
	 * Completes when the namespace is connected.
	 * @return the future
	 */
	CompletableFuture<SocketIoConnection> connected() {
		return this.connected;
	}

	/**
	 * The connection could not be opened.
	 * @param cause why
	 */
	void fail(Throwable cause) {
		this.connected.completeExceptionally(cause);
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
		if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
			this.connected.completeExceptionally(new IllegalStateException("websocket handshake timed out"));
		}
		super.userEventTriggered(ctx, evt);
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
		String text = frame.text();
		if (text.isEmpty()) {
			return;
		}
		switch (text.charAt(0)) {
			case '0' -> {
				this.context = ctx;
				ctx.writeAndFlush(new TextWebSocketFrame("40"));
			}
			case '2' -> ctx.writeAndFlush(new TextWebSocketFrame("3"));
			case '4' -> onSocketIoPacket(text);
			default -> {
			}
		}
	}

	private void onSocketIoPacket(String text) {
		if (text.startsWith("43")) {
			onAck(text);
		}
		else if (text.startsWith("40")) {
			this.connected.complete(this);
		}
		else if (text.startsWith("44")) {
			this.connected.completeExceptionally(new IllegalStateException("connect refused: " + text));
		}
	}

	/**
	 * Start sending: fill the window of acked events in flight.
	 */
	void start() {
		for (int i = 0; i < this.inFlight; i++) {
			send();
		}
		this.context.flush();
	}

	private void send() {
		long ackId = this.nextAckId++;
		int slot = (int) (ackId & (SLOTS - 1));
		this.pendingIds[slot] = ackId;
		this.sentNanos[slot] = System.nanoTime();
		this.pending++;
		this.packet.setLength(0);
		Workload.appendPacket(this.packet, this.event, this.number, ackId);
		this.context.write(new TextWebSocketFrame(this.packet.toString()));
	}

	private void onAck(String text) {
		long now = System.nanoTime();
		int bracket = text.indexOf('[', 2);
		long ackId = (bracket > 2) ? Long.parseLong(text, 2, bracket, 10) : -1;
		int slot = (int) (ackId & (SLOTS - 1));
		if (ackId < 0 || this.pendingIds[slot] != ackId) {
			this.wrongAcks++;
			return;
		}
		this.pendingIds[slot] = -1;
		this.pending--;
		this.acks++;
		if (!Workload.isExpected(text.substring(bracket), this.number, ackId)) {
			this.wrongAcks++;
		}
		if (this.window.isMeasuring(now)) {
			this.acksInWindow++;
			histogram().recordValue(Math.max(1, (now - this.sentNanos[slot]) / 1_000));
		}
		if (this.window.isSending(now)) {
			send();
			this.context.flush();
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		this.connected.completeExceptionally(new IllegalStateException("connection closed"));
		super.channelInactive(ctx);
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		this.connected.completeExceptionally(cause);
		ctx.close();
	}

	/**
	 * Latencies of the acks in the measurement window, in microseconds (created on first use:
	 * idle connections need none).
	 * @return the histogram
	 */
	Histogram histogram() {
		if (this.histogram == null) {
			this.histogram = newHistogram();
		}
		return this.histogram;
	}

	/**
	 * A histogram of latencies in microseconds, up to ten minutes, with three significant digits.
	 * @return the histogram
	 */
	static Histogram newHistogram() {
		return new Histogram(600_000_000L, 3);
	}

	long acksInWindow() {
		return this.acksInWindow;
	}

	long acks() {
		return this.acks;
	}

	long wrongAcks() {
		return this.wrongAcks;
	}

	int pending() {
		return this.pending;
	}

	/**
	 * When connections send and when they record, in {@link System#nanoTime()} terms.
	 *
	 * @param measureFrom the start of the measurement window (the end of the warm-up)
	 * @param measureUntil the end of the measurement window; no request is sent after it
	 */
	record Window(long measureFrom, long measureUntil) {

		boolean isMeasuring(long now) {
			return now >= this.measureFrom && now < this.measureUntil;
		}

		boolean isSending(long now) {
			return now < this.measureUntil;
		}

	}

}
