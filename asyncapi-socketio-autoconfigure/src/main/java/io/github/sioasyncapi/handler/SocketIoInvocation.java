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

package io.github.sioasyncapi.handler;

import java.security.Principal;
import java.util.List;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import org.jspecify.annotations.Nullable;

/**
 * One call of a handler: the client, where the event came from, its raw arguments, the
 * acknowledgement the client may wait for, and who the client is. Argument resolvers and
 * {@link SocketIoInvocationInterceptor}s read from it.
 *
 * @since 0.1.0
 */
public final class SocketIoInvocation {

	/**
	 * What an invocation handles.
	 *
	 * @since 0.1.0
	 */
	public enum Kind {

		/** An event from the client (its handler, or none for an unknown event). */
		EVENT,

		/**
		 * A client asks to connect to the namespace: interceptors authenticate it and connect
		 * guards decide, on the connection's I/O thread, before it is admitted.
		 */
		CONNECT,

		/** The {@code @OnConnect} handlers of a client that was admitted. */
		CONNECTED,

		/** The client left the namespace. */
		DISCONNECT

	}

	private final Kind kind;

	private final SocketIOClient client;

	private final String namespace;

	private final String event;

	private final List<Object> arguments;

	private final @Nullable AckRequest ackRequest;

	private final @Nullable SocketIoHandlerMethod handler;

	private final long startNanos = System.nanoTime();

	private @Nullable Principal principal;

	private Scope scope = Scope.NONE;

	/**
	 * Create the invocation of an event.
	 * @param client the client
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name
	 * @param arguments the arguments as sent by the client: JSON trees, or
	 * {@link io.github.sioasyncapi.json.DecodedArgument}s already read into the handler's types
	 * @param ackRequest the acknowledgement, or {@code null} when none can be sent
	 * @param handler the handler method, or {@code null} when no handler matched
	 */
	public SocketIoInvocation(SocketIOClient client, String namespace, String event, List<Object> arguments,
			@Nullable AckRequest ackRequest, @Nullable SocketIoHandlerMethod handler) {
		this(Kind.EVENT, client, namespace, event, arguments, ackRequest, handler);
	}

	/**
	 * Create an invocation.
	 * @param kind what it handles
	 * @param client the client
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name ({@code "connect"} or {@code "disconnect"} for those handlers)
	 * @param arguments the arguments as sent by the client: JSON trees, or
	 * {@link io.github.sioasyncapi.json.DecodedArgument}s already read into the handler's types
	 * @param ackRequest the acknowledgement, or {@code null} when none can be sent
	 * @param handler the handler method, or {@code null} when no handler matched
	 */
	public SocketIoInvocation(Kind kind, SocketIOClient client, String namespace, String event,
			List<Object> arguments, @Nullable AckRequest ackRequest, @Nullable SocketIoHandlerMethod handler) {
		this.kind = kind;
		this.client = client;
		this.namespace = namespace;
		this.event = event;
		this.arguments = arguments;
		this.ackRequest = ackRequest;
		this.handler = handler;
	}

	/**
	 * The same call for another handler, with this invocation's principal.
	 * @param handler the handler
	 * @return the invocation
	 */
	SocketIoInvocation forHandler(SocketIoHandlerMethod handler) {
		SocketIoInvocation invocation = new SocketIoInvocation(this.kind, this.client, this.namespace, this.event,
				this.arguments, this.ackRequest, handler);
		invocation.principal = this.principal;
		return invocation;
	}

	/**
	 * What this invocation handles.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * Who the client is, as established when it connected to the namespace.
	 * @return the principal (for example Spring Security's {@code Authentication}), or
	 * {@code null} for an anonymous client
	 */
	public @Nullable Principal getPrincipal() {
		return this.principal;
	}

	/**
	 * Set who the client is. Interceptors of a {@link Kind#CONNECT CONNECT} invocation do, when
	 * they authenticate the client; the principal is then kept for the client's connection to
	 * the namespace.
	 * @param principal the principal, or {@code null} for an anonymous client
	 */
	public void setPrincipal(@Nullable Principal principal) {
		this.principal = principal;
	}

	void setScope(Scope scope) {
		this.scope = scope;
	}

	/**
	 * Tell the interceptors that the invocation is over.
	 */
	void completed(Outcome outcome, @Nullable Throwable failure) {
		this.scope.completed(outcome, failure);
	}

	/**
	 * The client that sent the event.
	 * @return the client
	 */
	public SocketIOClient getClient() {
		return this.client;
	}

	/**
	 * The namespace, as clients name it.
	 * @return the namespace, for example {@code "/"} or {@code "/admin"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event name.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

	/**
	 * The arguments as the client sent them.
	 * @return the arguments of an event: JSON trees, or
	 * {@link io.github.sioasyncapi.json.DecodedArgument}s for arguments read straight into the
	 * handler's parameter types while the packet was decoded (each keeps its JSON)
	 */
	public List<Object> getArguments() {
		return this.arguments;
	}

	/**
	 * The acknowledgement request of the event.
	 * @return the ack request, or {@code null} for connect and disconnect handlers
	 */
	public @Nullable AckRequest getAckRequest() {
		return this.ackRequest;
	}

	/**
	 * Whether the client waits for an acknowledgement.
	 * @return {@code true} if an ack must be sent
	 */
	public boolean isAckRequested() {
		return this.ackRequest != null && this.ackRequest.isAckRequested();
	}

	/**
	 * The handler method being invoked.
	 * @return the handler, or {@code null} for an event nobody handles
	 */
	public @Nullable SocketIoHandlerMethod getHandler() {
		return this.handler;
	}

	/**
	 * When the invocation was created, that is when the event arrived.
	 * @return a {@link System#nanoTime()} value
	 */
	public long getStartNanos() {
		return this.startNanos;
	}

	/**
	 * The event name to record in statistics and metrics: the event name of a mapped event (and
	 * {@code connect} or {@code disconnect}), {@link SocketIoObserver#UNKNOWN_EVENT} otherwise, so that
	 * clients cannot inflate the number of tag values.
	 * @return the event tag
	 */
	public String getEventTag() {
		return (this.handler != null || this.kind != Kind.EVENT) ? this.event : SocketIoObserver.UNKNOWN_EVENT;
	}

	@Override
	public String toString() {
		return "event '" + this.event + "' in namespace '" + this.namespace + "' from client "
				+ this.client.getSessionId();
	}

}
