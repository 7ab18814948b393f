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

package io.github.sioasyncapi.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.client.SocketOptionBuilder;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A real Socket.IO client (the Java {@code io.socket:socket.io-client}) for tests, with
 * blocking helpers bounded in time. Payloads are given and returned as JSON text or trees.
 */
public final class SocketIoTestClient implements AutoCloseable {

	/** How long any wait lasts at most. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Socket socket;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<Object> connected = new CompletableFuture<>();

	private SocketIoTestClient(Socket socket) {
		this.socket = socket;
		socket.on(Socket.EVENT_CONNECT, (args) -> this.connected.complete("connected"));
		socket.on(Socket.EVENT_CONNECT_ERROR, (args) -> this.connected.complete(new ConnectError(toTree(args))));
		socket.onAnyIncoming((args) -> this.received.add(new Received((String) args[0],
				toTree(java.util.Arrays.copyOfRange(args, 1, args.length)))));
	}

	/**
	 * Options of a client.
	 */
	public static final class Options {

		private String namespace = "/";

		private String[] transports = { WebSocket.NAME };

		private Map<String, String> auth;

		private Map<String, List<String>> headers;

		/**
		 * Connect to a namespace.
		 * @param namespace the namespace
		 * @return these options
		 */
		public Options namespace(String namespace) {
			this.namespace = namespace;
			return this;
		}

		/**
		 * Use long-polling only.
		 * @return these options
		 */
		public Options polling() {
			this.transports = new String[] { Polling.NAME };
			return this;
		}

		/**
		 * Start with long-polling and upgrade to websocket, as browsers do.
		 * @return these options
		 */
		public Options upgrade() {
			this.transports = new String[] { Polling.NAME, WebSocket.NAME };
			return this;
		}

		/**
		 * Send auth data with the connect packet.
		 * @param auth the auth data
		 * @return these options
		 */
		public Options auth(Map<String, String> auth) {
			this.auth = auth;
			return this;
		}

		/**
		 * Send extra HTTP headers with the handshake.
		 * @param headers the headers
		 * @return these options
		 */
		public Options headers(Map<String, List<String>> headers) {
			this.headers = headers;
			return this;
		}

	}

	/**
	 * The port the Socket.IO server of an application is bound to.
	 * @param context the application
	 * @return the port, as published in {@link SocketIoServerLifecycle#LOCAL_PORT_PROPERTY}
	 */
	public static int port(ApplicationContext context) {
		return context.getEnvironment().getRequiredProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY, Integer.class);
	}

	/**
	 * Connect to a local server and wait until the namespace is joined.
	 * @param port the server port
	 * @return the connected client
	 */
	public static SocketIoTestClient connect(int port) {
		return connect(port, new Options());
	}

	/**
	 * Connect to a local server and wait until the namespace is joined.
	 * @param port the server port
	 * @param options the options
	 * @return the connected client
	 */
	public static SocketIoTestClient connect(int port, Options options) {
		SocketIoTestClient client = open(port, options);
		Object outcome = client.awaitConnection();
		if (!"connected".equals(outcome)) {
			client.close();
			throw new IllegalStateException("Connection failed: " + outcome);
		}
		return client;
	}

	/**
	 * Start connecting to a local server without waiting.
	 * @param port the server port
	 * @param options the options
	 * @return the client
	 */
	public static SocketIoTestClient open(int port, Options options) {
		SocketOptionBuilder builder = IO.Options.builder()
			.setForceNew(true)
			.setReconnection(false)
			.setTimeout(TIMEOUT.toMillis())
			.setTransports(options.transports);
		if (options.auth != null) {
			builder.setAuth(options.auth);
		}
		if (options.headers != null) {
			builder.setExtraHeaders(options.headers);
		}
		Socket socket = IO.socket(URI.create("http://127.0.0.1:" + port + options.namespace), builder.build());
		SocketIoTestClient client = new SocketIoTestClient(socket);
		socket.connect();
		return client;
	}

	/**
	 * Wait for the outcome of connecting.
	 * @return {@code "connected"} or a {@link ConnectError}
	 */
	public Object awaitConnection() {
		return this.connected.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/**
	 * The client's session id.
	 * @return the session id
	 */
	public String id() {
		return this.socket.id();
	}

	/**
	 * Emit an event without waiting for an ack.
	 * @param event the event
	 * @param jsonArgs the arguments as JSON text
	 */
	public void emit(String event, String... jsonArgs) {
		this.socket.emit(event, parse(jsonArgs));
	}

	/**
	 * Emit an event and wait for its ack.
	 * @param event the event
	 * @param jsonArgs the arguments as JSON text
	 * @return the ack arguments
	 */
	public ArrayNode emitWithAck(String event, String... jsonArgs) {
		return emitWithAckAsync(event, jsonArgs).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/**
	 * Emit an event and return its ack when it arrives.
	 * @param event the event
	 * @param jsonArgs the arguments as JSON text
	 * @return the ack arguments
	 */
	public CompletableFuture<ArrayNode> emitWithAckAsync(String event, String... jsonArgs) {
		CompletableFuture<ArrayNode> ack = new CompletableFuture<>();
		this.socket.emit(event, parse(jsonArgs), (Ack) (args) -> ack.complete(toTree(args)));
		return ack;
	}

	/**
	 * Answer every server-to-client event of a name with an ack.
	 * @param event the event
	 * @param jsonAck the ack arguments as JSON text
	 */
	public void answer(String event, String... jsonAck) {
		this.socket.on(event, (args) -> {
			if (args.length > 0 && args[args.length - 1] instanceof Ack ack) {
				ack.call(parse(jsonAck));
			}
		});
	}

	/**
	 * Wait for the next event of a name.
	 * @param event the event
	 * @return its arguments
	 */
	public ArrayNode awaitEvent(String event) {
		return awaitEvent((received) -> received.event().equals(event), TIMEOUT).args();
	}

	/**
	 * Wait for the next event that matches.
	 * @param filter the filter
	 * @param timeout how long to wait
	 * @return the event, or {@code null} when none came in time
	 */
	public Received awaitEvent(Predicate<Received> filter, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				long remaining = deadline - System.nanoTime();
				Received next = this.received.poll(Math.max(0, remaining), TimeUnit.NANOSECONDS);
				if (next == null) {
					return null;
				}
				if (filter.test(next)) {
					return next;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The events received so far and not awaited.
	 * @return the events
	 */
	public List<Received> drainEvents() {
		List<Received> events = new ArrayList<>();
		this.received.drainTo(events);
		return events;
	}

	/**
	 * Whether the socket is connected.
	 * @return {@code true} if connected
	 */
	public boolean isConnected() {
		return this.socket.connected();
	}

	@Override
	public void close() {
		this.socket.disconnect();
		this.socket.close();
	}

	private static Object[] parse(String[] jsonArgs) {
		Object[] args = new Object[jsonArgs.length];
		for (int i = 0; i < jsonArgs.length; i++) {
			args[i] = new JSONTokener(jsonArgs[i]).nextValue();
		}
		return args;
	}

	private static ArrayNode toTree(Object[] args) {
		StringBuilder json = new StringBuilder("[");
		for (Object arg : args) {
			if (arg instanceof Ack) {
				continue;
			}
			if (json.length() > 1) {
				json.append(',');
			}
			if (arg == null || arg == JSONObject.NULL) {
				json.append("null");
			}
			else if (arg instanceof JSONObject || arg instanceof JSONArray || arg instanceof Number
					|| arg instanceof Boolean) {
				json.append(arg);
			}
			else {
				json.append(JSONObject.quote(arg.toString()));
			}
		}
		return (ArrayNode) JSON.readTree(json.append(']').toString());
	}

	/**
	 * Parse JSON text.
	 * @param json the text
	 * @return the tree
	 */
	public static JsonNode json(String json) {
		return JSON.readTree(json);
	}

	/**
	 * A server-to-client event.
	 *
	 * @param event the event name
	 * @param args its arguments
	 */
	public record Received(String event, ArrayNode args) {
	}

	/**
	 * A refused connection.
	 *
	 * @param data what the server sent with {@code connect_error}
	 */
	public record ConnectError(ArrayNode data) {
	}

}
