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

package io.github.sioasyncapi.test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A client of a {@link SocketIoTester}: a real Socket.IO client whose acks and events are
 * checked against the document as they arrive (on the client's event thread), and handed to
 * the test when it asks for them.
 */
final class DefaultClient implements SocketIoTester.Client {

	private static final Duration CLIENT_TIMEOUT_MARGIN = Duration.ofSeconds(1);

	private final Settings settings;

	private final String namespace;

	private final int port;

	private final @Nullable DocumentSchemas schemas;

	private final Consumer<DefaultClient> onClose;

	private final Socket socket;

	private final Inbox inbox = new Inbox();

	private final List<PendingAck> acks = new CopyOnWriteArrayList<>();

	private final CompletableFuture<Optional<JsonNode>> connection = new CompletableFuture<>();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile @Nullable String id;

	/**
	 * Start connecting.
	 * @param settings the tester's settings
	 * @param namespace the namespace to connect to
	 * @param onClose called when the client is closed
	 */
	DefaultClient(Settings settings, String namespace, Consumer<DefaultClient> onClose) {
		this.settings = settings;
		this.namespace = namespace;
		this.onClose = onClose;
		this.port = settings.port().getAsInt();
		this.schemas = settings.schemas();
		IO.Options options = IO.Options.builder()
			.setForceNew(true)
			.setReconnection(false)
			// the client's own limit comes after the tester's, whose failure says what happened
			.setTimeout(settings.connectTimeout().plus(CLIENT_TIMEOUT_MARGIN).toMillis())
			.setPath(settings.path())
			.setTransports(settings.transports().toArray(String[]::new))
			.setAuth(settings.auth())
			.setExtraHeaders(settings.headers())
			.build();
		String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
		this.socket = IO.socket(URI.create("http://" + host + ":" + this.port + namespace), options);
		this.socket.on(Socket.EVENT_CONNECT, (args) -> {
			this.id = this.socket.id();
			this.connection.complete(Optional.empty());
		});
		this.socket.on(Socket.EVENT_CONNECT_ERROR, (args) -> this.connection.complete(Optional.of(refusal(args))));
		this.socket.on(Socket.EVENT_DISCONNECT, (args) -> closed((args.length > 0) ? String.valueOf(args[0]) : "?"));
		this.socket.onAnyIncoming(this::received);
		this.socket.connect();
	}

	/**
	 * Wait until the server accepts or refuses the connection.
	 * @return {@code null} once connected, or what the server sent with {@code connect_error}
	 * @throws AssertionError if the server does not answer in time
	 */
	@Nullable JsonNode awaitConnection() {
		try {
			return this.connection.get(this.settings.connectTimeout().toNanos(), TimeUnit.NANOSECONDS).orElse(null);
		}
		catch (TimeoutException ex) {
			this.socket.close();
			throw new AssertionError("No answer from the Socket.IO server to a connection to " + address() + " within "
					+ Settings.format(this.settings.connectTimeout()) + " (SocketIoTester.Builder#connectTimeout)");
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.socket.close();
			throw new AssertionError("Interrupted while connecting to " + address(), ex);
		}
	}

	String address() {
		return this.settings.describe(this.namespace, this.port);
	}

	@Override
	public String id() {
		String id = this.id;
		return (id != null) ? id : "(not connected)";
	}

	@Override
	public String namespace() {
		return this.namespace;
	}

	@Override
	public void emit(String event, @Nullable Object... arguments) {
		assertOpen(event);
		this.socket.emit(event, WireJson.toWire(this.settings.mapper(), arguments));
	}

	@Override
	public SocketIoTester.Ack emitWithAck(String event, @Nullable Object... arguments) {
		assertOpen(event);
		PendingAck ack = new PendingAck(event, where(), this.settings);
		this.acks.add(ack);
		this.socket.emit(event, WireJson.toWire(this.settings.mapper(), arguments), (Ack) (args) -> {
			ArrayNode received = WireJson.fromWire(args, 0);
			ack.arrived(received, check("ack of '" + event + "'", received,
					(schemas) -> schemas.checkAck(this.namespace, event, received)));
		});
		String reason = this.inbox.closedReason();
		if (reason != null) {
			ack.closed(reason);
		}
		return ack;
	}

	@Override
	public SocketIoTester.Event expectEvent(String event) {
		return expectEvents(event, 1).get(0);
	}

	@Override
	public List<SocketIoTester.Event> expectEvents(String event, int count) {
		long deadline = System.nanoTime() + this.settings.timeout().toNanos();
		List<SocketIoTester.Event> events = new ArrayList<>(count);
		while (events.size() < count) {
			ReceivedEvent next = this.inbox.await(event, deadline, true);
			if (next == null) {
				throw notArrived(event, count, events.size());
			}
			events.add(next.verified());
		}
		return events;
	}

	private AssertionError notArrived(String event, int count, int arrived) {
		String reason = this.inbox.closedReason();
		String outcome;
		if (reason != null) {
			String awaited = (count == 1) ? "the event '" + event + "'"
					: count + " events '" + event + "' (" + arrived + " arrived)";
			outcome = "The connection of " + where() + " closed (" + reason + ") while waiting for " + awaited;
		}
		else {
			String missing = (count == 1) ? "No event '" + event + "'"
					: "Only " + arrived + " of " + count + " events '" + event + "'";
			outcome = missing + " reached " + where() + " within " + Settings.format(this.settings.timeout());
		}
		List<String> others = this.inbox.untakenNames();
		return new AssertionError(outcome + (others.isEmpty() ? "; no other event is waiting"
				: "; events received and not expected yet: " + others));
	}

	@Override
	public void expectNoEvent(String event) {
		expectNoEvent(event, this.settings.quietPeriod());
	}

	@Override
	public void expectNoEvent(String event, Duration within) {
		ReceivedEvent arrived = this.inbox.await(event, System.nanoTime() + within.toNanos(), false);
		if (arrived != null) {
			throw new AssertionError("The event '" + event + "' reached " + where() + ", though it must not (within "
					+ Settings.format(within) + "): " + arrived.arguments());
		}
	}

	@Override
	public List<SocketIoTester.Event> receivedEvents() {
		List<SocketIoTester.Event> events = new ArrayList<>();
		for (ReceivedEvent event : this.inbox.all()) {
			events.add(event.verified());
		}
		return events;
	}

	@Override
	public boolean isConnected() {
		return this.socket.connected();
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.socket.close();
		if (this.id != null) {
			this.inbox.awaitClosed(System.nanoTime() + this.settings.timeout().toNanos());
		}
		this.onClose.accept(this);
		List<String> mismatches = new ArrayList<>();
		for (ReceivedEvent event : this.inbox.unreportedMismatches()) {
			mismatches.add(event.check().report());
		}
		for (PendingAck ack : this.acks) {
			if (ack.hasUnreportedMismatch()) {
				mismatches.add(ack.reportMismatch());
			}
		}
		if (!mismatches.isEmpty()) {
			throw new AssertionError(where() + " received " + mismatches.size()
					+ " message(s) that do not match the AsyncAPI document, which the test did not look at:\n"
					+ String.join("\n", mismatches));
		}
	}

	private void received(Object... args) {
		String event = String.valueOf(args[0]);
		ArrayNode arguments = WireJson.fromWire(args, 1);
		Check check = check("event '" + event + "'", arguments,
				(schemas) -> schemas.checkEvent(this.namespace, event, arguments));
		this.inbox.add(new ReceivedEvent(event, arguments, check, this.settings.mapper()));
	}

	private void closed(String reason) {
		this.inbox.closed(reason);
		this.acks.forEach((ack) -> ack.closed(reason));
	}

	private Check check(String what, ArrayNode arguments, SchemaCheck check) {
		DocumentSchemas schemas = this.schemas;
		if (schemas == null) {
			return Check.of(null);
		}
		String problem;
		try {
			problem = check.apply(schemas);
		}
		catch (RuntimeException ex) {
			problem = "the document could not be checked: " + ex;
		}
		return Check.of((problem != null) ? "The " + what + " that " + where()
				+ " received does not match the AsyncAPI document: " + problem + "\n  received: " + arguments
				+ "\n  (SocketIoTester.Builder#validation(false) turns this check off)" : null);
	}

	private void assertOpen(String event) {
		String reason = this.inbox.closedReason();
		if (reason != null || this.closed.get()) {
			throw new AssertionError("Cannot emit '" + event + "': the connection of " + where() + " is closed ("
					+ ((reason != null) ? reason : "closed by the test") + ")");
		}
	}

	private String where() {
		return "client " + id() + " on " + address();
	}

	private static JsonNode refusal(Object[] args) {
		if (args.length > 0 && args[0] instanceof Exception ex) {
			return JsonNodeFactory.instance.objectNode().put("message", String.valueOf(ex.getMessage()));
		}
		ArrayNode data = WireJson.fromWire(args, 0);
		return (data.size() == 1) ? data.get(0) : data;
	}

	@FunctionalInterface
	private interface SchemaCheck {

		@Nullable String apply(DocumentSchemas schemas);

	}

}
