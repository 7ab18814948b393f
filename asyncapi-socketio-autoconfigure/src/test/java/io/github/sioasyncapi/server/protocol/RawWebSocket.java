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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A websocket that speaks Engine.IO by hand: raw text and binary frames, for tests that send
 * what a real client would not. Every wait is bounded.
 */
final class RawWebSocket implements WebSocket.Listener, AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();

	private final CompletableFuture<String> closed = new CompletableFuture<>();

	private final StringBuilder text = new StringBuilder();

	private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();

	private final boolean answerPings;

	private @Nullable WebSocket socket;

	private RawWebSocket(boolean answerPings) {
		this.answerPings = answerPings;
	}

	/**
	 * Open a websocket session and read its handshake.
	 */
	static RawWebSocket open(int port, boolean answerPings) {
		RawWebSocket raw = connect(port, null, answerPings);
		String handshake = raw.nextText();
		if (!handshake.startsWith("0")) {
			throw new AssertionError("Not a handshake: " + handshake);
		}
		return raw;
	}

	/**
	 * Open a websocket session and connect to the main namespace.
	 */
	static RawWebSocket connected(int port) {
		RawWebSocket raw = open(port, true);
		raw.send("40");
		String connect = raw.nextText();
		if (!connect.startsWith("40{")) {
			throw new AssertionError("Not connected: " + connect);
		}
		return raw;
	}

	/**
	 * Open a websocket, for an existing session if a session id is given.
	 */
	static RawWebSocket connect(int port, @Nullable String sid, boolean answerPings) {
		RawWebSocket raw = new RawWebSocket(answerPings);
		String query = "EIO=4&transport=websocket" + ((sid != null) ? "&sid=" + sid : "");
		raw.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(TIMEOUT)
			.buildAsync(URI.create("ws://127.0.0.1:" + port + "/socket.io/?" + query), raw)
			.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
			.join();
		return raw;
	}

	void send(String packet) {
		socket().sendText(packet, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	void send(byte[] data) {
		socket().sendBinary(ByteBuffer.wrap(data), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/**
	 * The next frame that is not a ping, a {@code String} or a {@code byte[]}.
	 */
	Object next() {
		return next(TIMEOUT);
	}

	Object next(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			Object frame;
			try {
				frame = this.frames.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			if (frame == null) {
				throw new AssertionError("No frame within " + timeout + (isClosed() ? " (closed)" : ""));
			}
			if (this.answerPings && "2".equals(frame)) {
				send("3");
				continue;
			}
			return frame;
		}
	}

	String nextText() {
		Object frame = next();
		if (!(frame instanceof String packet)) {
			throw new AssertionError("Expected a text frame, got " + frame.getClass().getSimpleName());
		}
		return packet;
	}

	/**
	 * Wait for a text frame starting with the prefix, skipping others.
	 */
	String awaitText(String prefix) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Object frame = next(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1)));
			if (frame instanceof String packet && packet.startsWith(prefix)) {
				return packet;
			}
		}
		throw new AssertionError("No packet starting with " + prefix);
	}

	/**
	 * Whether the server closed the connection within the timeout.
	 */
	boolean awaitClosed(Duration timeout) {
		try {
			this.closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (Exception ex) {
			return true;
		}
	}

	boolean isClosed() {
		return this.closed.isDone();
	}

	private WebSocket socket() {
		if (this.socket == null) {
			throw new IllegalStateException("Not open");
		}
		return this.socket;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.text.append(data);
		if (last) {
			this.frames.add(this.text.toString());
			this.text.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		byte[] bytes = new byte[data.remaining()];
		data.get(bytes);
		this.binary.writeBytes(bytes);
		if (last) {
			this.frames.add(this.binary.toByteArray());
			this.binary.reset();
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete("closed " + statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.closed.complete("error " + error);
	}

	@Override
	public void close() {
		if (this.socket != null) {
			this.socket.abort();
		}
	}

}
