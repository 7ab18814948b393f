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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Tests Socket.IO handlers through a real Socket.IO client (the Java
 * {@code io.socket:socket.io-client}), with blocking calls bounded in time, in the spirit of
 * Spring's {@code GraphQlTester} and {@code WebTestClient}. Every acknowledgement and every
 * event the server sends is checked against the application's AsyncAPI document (the JSON
 * Schema of its message), so a test fails when the wire and the document drift apart.
 * <pre class="code">
 * SocketIoTester.Client x = tester.connect();
 * SocketIoTester.Client o = tester.connect();
 * x.emit("create_game");
 * long game = x.expectEvent("game_created").as(GameCreated.class).gameId();
 * o.emitWithAck("join_game", new JoinGame(game)).as(GameAck.class);
 * x.emitWithAck("make_move", new MakeMove(game, 0, 0)).as(GameAck.class);
 * MoveMade seenByO = o.expectEvent("move_made").as(MoveMade.class);
 * o.emitWithAck("make_move", new MakeMove(game, 9, 9)).isError().hasViolationPaths("x", "y");
 * </pre>
 * <p>In a {@code @SpringBootTest} with
 * {@link io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}
 * (or a {@link io.github.sioasyncapi.test.autoconfigure.SocketIoTest @SocketIoTest}), a tester
 * bound to the application's server and document is a bean; its clients are closed after each
 * test, and the test fails if the server sent anything the document does not describe, even
 * what the test never awaited. Elsewhere, {@link #bindToApplicationContext(ApplicationContext)}
 * or {@link #builder()} makes one.
 * <p>Failures are {@link AssertionError}s that say what was awaited, on which namespace, and
 * what arrived instead; a mismatch with the document names the event, the JSON path and the
 * violated schema rule.
 *
 * @since 0.1.0
 */
public interface SocketIoTester {

	/**
	 * How long an ack or event is waited for by default before the test fails, as long as
	 * {@code WebTestClient} and {@code GraphQlTester} wait for a response.
	 */
	Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * How long a connection is waited for by default before the test fails: longer than
	 * {@link #DEFAULT_TIMEOUT}, since the first connection of a test run meets a cold JVM on
	 * both sides (class loading of the client, the server's first handshake, the first token
	 * it checks), which a loaded CI machine can stretch over seconds.
	 */
	Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);

	/** How long, by default, something that must not arrive is waited for. */
	Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(300);

	/** The WebSocket transport. */
	String TRANSPORT_WEBSOCKET = "websocket";

	/** The HTTP long-polling transport. */
	String TRANSPORT_POLLING = "polling";

	/**
	 * Connect a new client to this tester's namespace ({@code "/"} unless set) and wait
	 * until the server has accepted it.
	 * @return the connected client
	 * @throws AssertionError if the server refuses the connection or does not answer in time
	 */
	Client connect();

	/**
	 * Connect a new client to a namespace and wait until the server has accepted it.
	 * @param namespace the namespace, for example {@code "/admin"}
	 * @return the connected client
	 * @throws AssertionError if the server refuses the connection or does not answer in time
	 */
	Client connect(String namespace);

	/**
	 * Try to connect to this tester's namespace and expect the server to refuse the connection.
	 * @return what the server sent with {@code connect_error}, for example
	 * {@code {"message": "Not authorized"}}
	 * @throws AssertionError if the connection is accepted
	 */
	JsonNode expectConnectError();

	/**
	 * A builder that starts from the settings of this tester, for example to connect with other
	 * credentials or without validation. Clients of the new tester are closed with this one's.
	 * @return the builder
	 */
	Builder mutate();

	/**
	 * A builder for a tester of any Socket.IO server (in Spring tests, prefer the
	 * auto-configured bean).
	 * @return the builder
	 */
	static Builder builder() {
		return new DefaultSocketIoTester.DefaultBuilder();
	}

	/**
	 * A builder for a tester bound to an application that runs the starter, as the
	 * auto-configured tester is: to the port its Socket.IO server published
	 * ({@code local.socketio.server.port}, read at each connection; the loopback address unless
	 * the server binds one address), its engine path and transports, its JSON mapper and its
	 * AsyncAPI document (none when {@code socketio.asyncapi.enabled=false}). For contexts a test
	 * starts itself, for example two nodes of a cluster.
	 * @param context the application
	 * @return the builder
	 */
	static Builder bindToApplicationContext(ApplicationContext context) {
		return ApplicationBinding.builder(context);
	}

	/**
	 * JSON text as a tree, to emit exactly these arguments (for example an invalid payload).
	 * @param json the JSON text
	 * @return the tree
	 */
	static JsonNode json(String json) {
		return WireJson.parse(json);
	}

	/**
	 * Builds a {@link SocketIoTester}.
	 *
	 * @since 0.1.0
	 */
	interface Builder {

		/**
		 * The host to connect to.
		 * @param host the host, {@code 127.0.0.1} by default
		 * @return this builder
		 */
		Builder host(String host);

		/**
		 * The port of the Socket.IO server.
		 * @param port the port
		 * @return this builder
		 */
		Builder port(int port);

		/**
		 * The port of the Socket.IO server, looked up at each connection (for a server that
		 * has not started yet when the tester is built).
		 * @param port supplies the port
		 * @return this builder
		 */
		Builder port(IntSupplier port);

		/**
		 * The engine path of the server.
		 * @param path the path, {@code /socket.io} by default
		 * @return this builder
		 */
		Builder path(String path);

		/**
		 * The namespace {@link SocketIoTester#connect()} and
		 * {@link SocketIoTester#expectConnectError()} connect to.
		 * @param namespace the namespace, {@code "/"} by default
		 * @return this builder
		 */
		Builder namespace(String namespace);

		/**
		 * The auth data sent with the connect packet (the handshake {@code auth} of Socket.IO
		 * v4), replacing any set before.
		 * @param auth the auth data, for example {@code Map.of("token", "abc")}
		 * @return this builder
		 */
		Builder auth(Map<String, String> auth);

		/**
		 * An HTTP header sent with the handshake.
		 * @param name the header name
		 * @param values its values; none to remove the header
		 * @return this builder
		 */
		Builder header(String name, String... values);

		/**
		 * The transports the client may use, in order (Socket.IO clients start with the first
		 * and upgrade to a later one).
		 * @param transports {@link SocketIoTester#TRANSPORT_WEBSOCKET} (the default) and/or
		 * {@link SocketIoTester#TRANSPORT_POLLING}
		 * @return this builder
		 */
		Builder transports(String... transports);

		/**
		 * The mapper that encodes emitted arguments and decodes what arrives; the
		 * application's, so that property names follow its settings.
		 * @param mapper the mapper
		 * @return this builder
		 */
		Builder jsonMapper(ObjectMapper mapper);

		/**
		 * The AsyncAPI document every ack and event is checked against.
		 * @param json the document as JSON
		 * @return this builder
		 */
		Builder document(String json);

		/**
		 * The AsyncAPI document every ack and event is checked against, read at the first
		 * connection (for a document that is built once the server runs).
		 * @param json supplies the document as JSON
		 * @return this builder
		 */
		Builder document(Supplier<String> json);

		/**
		 * Whether acks and events are checked against the document (when there is one).
		 * @param enabled {@code false} to accept anything the server sends
		 * @return this builder
		 */
		Builder validation(boolean enabled);

		/**
		 * How long an ack or an event is waited for before the test fails (and how long
		 * {@link Client#close()} waits for the connection to close).
		 * @param timeout the timeout, {@link SocketIoTester#DEFAULT_TIMEOUT} by default
		 * @return this builder
		 * @see #connectTimeout(Duration)
		 */
		Builder timeout(Duration timeout);

		/**
		 * How long the server's answer to a connection (accepted or refused) is waited for
		 * before the test fails.
		 * @param connectTimeout the timeout, {@link SocketIoTester#DEFAULT_CONNECT_TIMEOUT} by
		 * default
		 * @return this builder
		 */
		Builder connectTimeout(Duration connectTimeout);

		/**
		 * How long an ack or event that must not arrive is waited for.
		 * @param quietPeriod the period, {@link SocketIoTester#DEFAULT_QUIET_PERIOD} by default
		 * @return this builder
		 */
		Builder quietPeriod(Duration quietPeriod);

		/**
		 * Build the tester.
		 * @return the tester
		 */
		SocketIoTester build();

	}

	/**
	 * A connected Socket.IO client. Events are kept from the moment it connects; each
	 * {@link #expectEvent(String)} takes the oldest event of that name not taken yet.
	 *
	 * @since 0.1.0
	 */
	interface Client extends AutoCloseable {

		/**
		 * The session id the server gave this client.
		 * @return the id
		 */
		String id();

		/**
		 * The namespace this client is connected to.
		 * @return the namespace
		 */
		String namespace();

		/**
		 * Emit an event without asking for an acknowledgement.
		 * @param event the event name
		 * @param arguments the payload arguments: objects (encoded with the tester's mapper),
		 * {@link JsonNode trees} (sent as they are) or {@code null}
		 */
		void emit(String event, Object... arguments);

		/**
		 * Emit an event and ask for an acknowledgement. Returns at once; the returned
		 * {@link Ack} waits for the acknowledgement when asked about it.
		 * @param event the event name
		 * @param arguments the payload arguments, as for {@link #emit(String, Object...)}
		 * @return the acknowledgement to come
		 */
		Ack emitWithAck(String event, Object... arguments);

		/**
		 * Wait for the oldest event of a name that reached this client and was not expected
		 * yet.
		 * @param event the event name
		 * @return the event
		 * @throws AssertionError if none arrives in time, or it does not match the document
		 */
		Event expectEvent(String event);

		/**
		 * Wait for the oldest events of a name that reached this client, in the order they
		 * arrived.
		 * @param event the event name
		 * @param count how many
		 * @return the events
		 * @throws AssertionError if fewer arrive in time, or one does not match the document
		 */
		List<Event> expectEvents(String event, int count);

		/**
		 * Check that no event of a name reaches this client within the quiet period (nor has
		 * reached it without being expected).
		 * @param event the event name
		 * @throws AssertionError if one arrives
		 */
		void expectNoEvent(String event);

		/**
		 * Check that no event of a name reaches this client within a time (nor has reached it
		 * without being expected).
		 * @param event the event name
		 * @param within how long to wait
		 * @throws AssertionError if one arrives
		 */
		void expectNoEvent(String event, Duration within);

		/**
		 * Every event that has reached this client so far, in the order it arrived, whether
		 * expected or not.
		 * @return the events
		 * @throws AssertionError if one of them does not match the document
		 */
		List<Event> receivedEvents();

		/**
		 * Whether the client is still connected.
		 * @return {@code true} until the client or the server closes the connection
		 */
		boolean isConnected();

		/**
		 * Disconnect, and wait (within the timeout) until the connection has closed. Fails if
		 * an ack or event the server sent, and the test did not look at, does not match the
		 * document.
		 * @throws AssertionError for such a mismatch
		 */
		@Override
		void close();

	}

	/**
	 * The acknowledgement of an emitted event. Each method waits until it has arrived (or the
	 * timeout has passed), and checks it against the document.
	 *
	 * @since 0.1.0
	 */
	interface Ack {

		/**
		 * The event this acknowledges.
		 * @return the event name
		 */
		String event();

		/**
		 * The acknowledgement's arguments as they arrived.
		 * @return the arguments
		 * @throws AssertionError if none arrives in time, or it does not match the document
		 */
		ArrayNode arguments();

		/**
		 * Decode the acknowledgement's only argument. An error ack decodes only to a type that
		 * keeps its {@code error} (the starter's {@code ErrorAck}, a type with an {@code error}
		 * property, {@code Object}, a JSON tree): check it with {@link #isError()}.
		 * @param <T> the type
		 * @param type the type
		 * @return the decoded value
		 * @throws AssertionError if none arrives in time, it does not match the document, has
		 * not exactly one argument, cannot be decoded, or is an error ack the type drops
		 */
		<T> T as(Class<T> type);

		/**
		 * Decode the acknowledgement's only argument to a generic type.
		 * @param <T> the type
		 * @param type the type, for example {@code new ParameterizedTypeReference<List<Room>>() {}}
		 * @return the decoded value
		 * @throws AssertionError if none arrives in time, it does not match the document, has
		 * not exactly one argument, cannot be decoded, or is an error ack the type drops
		 */
		<T> T as(ParameterizedTypeReference<T> type);

		/**
		 * Check that the acknowledgement carries no data (the ack of a {@code void} handler).
		 * @throws AssertionError if none arrives in time, or it carries arguments
		 */
		void hasNoArguments();

		/**
		 * Check that the acknowledgement is an error ack,
		 * {@code {"error": {"code": …, "message": …, "violations": […]}}}.
		 * @return the error ack, for further checks
		 * @throws AssertionError if none arrives in time, or it is not an error ack
		 */
		ErrorAck isError();

		/**
		 * Check that no acknowledgement arrives within the quiet period.
		 * @throws AssertionError if one arrives
		 */
		void isAbsent();

	}

	/**
	 * An error acknowledgement: {@code {"error": {"code": …, "message": …, "violations": […]}}}.
	 *
	 * @since 0.1.0
	 */
	interface ErrorAck {

		/**
		 * The error code.
		 * @return the code, for example {@code invalid_payload}
		 */
		String code();

		/**
		 * The error message.
		 * @return the message, empty when there is none
		 */
		String message();

		/**
		 * The wire paths of the violations, in the order the server sent them.
		 * @return the paths, for example {@code ["x", "items[2].name"]}; empty when there are
		 * none
		 */
		List<String> violationPaths();

		/**
		 * Check the error code.
		 * @param code the expected code
		 * @return this error ack
		 * @throws AssertionError if the code differs
		 */
		ErrorAck hasCode(String code);

		/**
		 * Check the error message.
		 * @param message the expected message
		 * @return this error ack
		 * @throws AssertionError if the message differs
		 */
		ErrorAck hasMessage(String message);

		/**
		 * Check the wire paths of the violations, in any order.
		 * @param paths the expected paths
		 * @return this error ack
		 * @throws AssertionError if the paths differ
		 */
		ErrorAck hasViolationPaths(String... paths);

	}

	/**
	 * An event the server sent to a client, already checked against the document.
	 *
	 * @since 0.1.0
	 */
	interface Event {

		/**
		 * The event name.
		 * @return the name
		 */
		String name();

		/**
		 * The event's arguments as they arrived.
		 * @return the arguments
		 */
		ArrayNode arguments();

		/**
		 * Decode the event's only argument.
		 * @param <T> the type
		 * @param type the type
		 * @return the decoded value
		 * @throws AssertionError if the event has not exactly one argument, or it cannot be
		 * decoded
		 */
		<T> T as(Class<T> type);

		/**
		 * Decode the event's only argument to a generic type.
		 * @param <T> the type
		 * @param type the type
		 * @return the decoded value
		 * @throws AssertionError if the event has not exactly one argument, or it cannot be
		 * decoded
		 */
		<T> T as(ParameterizedTypeReference<T> type);

		/**
		 * Decode one argument of a multi-argument event.
		 * @param <T> the type
		 * @param index the argument's position, from 0
		 * @param type the type
		 * @return the decoded value
		 * @throws AssertionError if there is no such argument, or it cannot be decoded
		 */
		<T> T argument(int index, Class<T> type);

	}

}
