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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.MultiTypeArgs;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.error.UnknownEventException;
import io.github.sioasyncapi.handler.SocketIoInvocation.Kind;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskDecorator;
import tools.jackson.databind.JsonNode;

/**
 * Connects the handlers of one namespace to netty-socketio's listeners. Listeners run on Netty
 * I/O threads and only hand the work to the client's ordered queue, each task decorated by the
 * application's {@link TaskDecorator} and run inside the scopes of the
 * {@link SocketIoInvocationInterceptor}s. A client's connect is the exception: interceptors
 * (authentication) and connect guards run on the I/O thread, since the client may not be
 * admitted before their verdict; what they establish (the principal) is kept for the client's
 * later invocations. Disconnect handlers run only for clients that were admitted (a client
 * refused at connect is dropped from the namespace without having connected).
 */
final class NamespaceDispatcher {

	private final NamespaceHandlers handlers;

	private final ClientOrderedExecutor executor;

	private final InvocationResponder responder;

	private final ErrorAckFactory errorAcks;

	private final List<SocketIoInvocationInterceptor> interceptors;

	private final @Nullable TaskDecorator taskDecorator;

	private final List<SocketIoHandlerMethod> guards;

	private final List<SocketIoHandlerMethod> connectListeners;

	private final SocketIoObserver observer;

	/** The clients admitted to the namespace, with who they are. */
	private final Map<UUID, Connection> connected = new ConcurrentHashMap<>();

	NamespaceDispatcher(NamespaceHandlers handlers, ClientOrderedExecutor executor, InvocationResponder responder,
			ErrorAckFactory errorAcks, List<SocketIoInvocationInterceptor> interceptors,
			@Nullable TaskDecorator taskDecorator, SocketIoObserver observer) {
		this.handlers = handlers;
		this.executor = executor;
		this.responder = responder;
		this.errorAcks = errorAcks;
		this.interceptors = interceptors;
		this.taskDecorator = taskDecorator;
		this.observer = observer;
		this.guards = handlers.getConnectHandlers().stream().filter(SocketIoHandlerMethod::isConnectGuard).toList();
		this.connectListeners = handlers.getConnectHandlers().stream().filter((handler) -> !handler.isConnectGuard())
			.toList();
	}

	void bind(SocketIONamespace namespace) {
		this.handlers.getEvents()
			.forEach((event, handler) -> namespace.addMultiTypeEventListener(event,
					(client, data, ackRequest) -> onEvent(client, event, data.getArgs(), ackRequest, handler),
					JsonNode.class));
		namespace.addMultiTypeEventListener(SocketIoJsonSupport.UNKNOWN_EVENT, this::onUnknownEvent, JsonNode.class);
		namespace.addMultiTypeEventListener(SocketIoJsonSupport.MALFORMED_EVENT, this::onMalformedEvent, JsonNode.class);
		namespace.addAuthTokenListener(this::onAuthToken);
		namespace.addConnectListener(this::onConnect);
		namespace.addDisconnectListener(this::onDisconnect);
	}

	/**
	 * Let the JSON support read each event's arguments straight into its handler's parameter
	 * types, on the I/O thread, while the packet is decoded.
	 */
	void bindArgumentReaders(SocketIoJsonSupport jsonSupport) {
		this.handlers.getEvents().forEach((event, handler) -> {
			List<PayloadParameter> parameters = handler.getPayloadParameters();
			PayloadParameter last = parameters.isEmpty() ? null : parameters.get(parameters.size() - 1);
			List<PayloadParameter> fixed = (last != null && last.isRemaining())
					? parameters.subList(0, parameters.size() - 1) : parameters;
			jsonSupport.addArgumentReaders(this.handlers.getServerName(), event,
					fixed.stream().map(PayloadParameter::getDirectReader).toList(),
					(last != null && last.isRemaining()) ? last.getDirectReader() : null);
		});
	}

	private void onEvent(SocketIOClient client, String event, List<Object> args, AckRequest ackRequest,
			SocketIoHandlerMethod handler) {
		SocketIoInvocation invocation = invocation(Kind.EVENT, client, event, args, ackRequest, handler);
		this.observer.eventReceived(this.handlers.getName(), event);
		submit(invocation, () -> this.responder.invoke(invocation, handler));
	}

	private void onUnknownEvent(SocketIOClient client, MultiTypeArgs data,
			AckRequest ackRequest) {
		List<Object> args = data.getArgs();
		String event = ((JsonNode) args.get(0)).stringValue();
		SocketIoInvocation invocation = invocation(Kind.EVENT, client, event, args.subList(1, args.size()), ackRequest,
				null);
		this.observer.eventReceived(this.handlers.getName(), SocketIoObserver.UNKNOWN_EVENT);
		submit(invocation,
				() -> this.responder.fail(invocation, new UnknownEventException(this.handlers.getName(), event)));
	}

	private void onMalformedEvent(SocketIOClient client, MultiTypeArgs data,
			AckRequest ackRequest) {
		String problem = ((JsonNode) data.getArgs().get(0)).stringValue();
		SocketIoInvocation invocation = invocation(Kind.EVENT, client, "", List.of(), ackRequest, null);
		RequestValidationException failure = new RequestValidationException("event packet", this.handlers.getName(),
				"", List.of(new Violation("", problem, null)));
		this.observer.eventReceived(this.handlers.getName(), SocketIoObserver.UNKNOWN_EVENT);
		submit(invocation, () -> this.responder.fail(invocation, failure));
	}

	/**
	 * The verdict on a client's connect: the interceptors (which may authenticate it), then
	 * the connect guards with its auth data.
	 */
	private AuthTokenResult onAuthToken(@Nullable Object authToken, SocketIOClient client) {
		List<Object> args = (authToken != null) ? List.of(authToken) : List.of();
		SocketIoInvocation invocation = new SocketIoInvocation(Kind.CONNECT, client, this.handlers.getName(),
				"connect", args, null, null);
		Scope scope;
		try {
			scope = InvocationScopes.open(this.interceptors, invocation);
		}
		catch (RuntimeException ex) {
			return refuse(ex);
		}
		try {
			for (SocketIoHandlerMethod guard : this.guards) {
				if (Boolean.FALSE.equals(guard.invoke(new SocketIoMessage(invocation.forHandler(guard))))) {
					scope.completed(Outcome.UNAUTHORIZED, null);
					return refuse(null);
				}
			}
			this.connected.put(client.getSessionId(), new Connection(invocation.getPrincipal()));
			scope.completed(Outcome.OK, null);
			return AuthTokenResult.AuthTokenResultSuccess;
		}
		catch (Throwable ex) {
			scope.completed(Outcome.of(ex, false), ex);
			return refuse(ex);
		}
		finally {
			scope.close();
		}
	}

	private AuthTokenResult refuse(@Nullable Throwable failure) {
		this.observer.connectRefused(this.handlers.getName());
		if (failure instanceof RequestValidationException) {
			this.observer.validationFailed(this.handlers.getName(), "connect", "request");
		}
		return new AuthTokenResult(false, this.errorAcks.forRefusedConnect(this.handlers.getName(), failure));
	}

	private void onConnect(SocketIOClient client) {
		Connection connection = this.connected.computeIfAbsent(client.getSessionId(), (id) -> Connection.ANONYMOUS);
		for (SocketIoHandlerMethod handler : this.connectListeners) {
			SocketIoInvocation invocation = new SocketIoInvocation(Kind.CONNECTED, client, this.handlers.getName(),
					"connect", List.of(), null, handler);
			invocation.setPrincipal(connection.principal());
			submit(invocation, () -> this.responder.invoke(invocation, handler));
		}
	}

	private void onDisconnect(SocketIOClient client) {
		Connection connection = this.connected.remove(client.getSessionId());
		if (connection == null) {
			return;
		}
		List<SocketIoHandlerMethod> disconnectHandlers = this.handlers.getDisconnectHandlers();
		this.executor.executeLast(client.getSessionId(), decorate(() -> {
			for (SocketIoHandlerMethod handler : disconnectHandlers) {
				SocketIoInvocation invocation = new SocketIoInvocation(Kind.DISCONNECT, client,
						this.handlers.getName(), "disconnect", List.of(), null, handler);
				invocation.setPrincipal(connection.principal());
				run(invocation, () -> this.responder.invoke(invocation, handler));
			}
		}));
	}

	private SocketIoInvocation invocation(Kind kind, SocketIOClient client, String event, List<Object> args,
			@Nullable AckRequest ackRequest, @Nullable SocketIoHandlerMethod handler) {
		SocketIoInvocation invocation = new SocketIoInvocation(kind, client, this.handlers.getName(), event, args,
				ackRequest, handler);
		Connection connection = this.connected.get(client.getSessionId());
		if (connection != null) {
			invocation.setPrincipal(connection.principal());
		}
		return invocation;
	}

	/**
	 * Queue an invocation after the client's earlier ones.
	 */
	private void submit(SocketIoInvocation invocation, Runnable call) {
		this.executor.execute(invocation.getClient().getSessionId(), decorate(() -> run(invocation, call)));
	}

	private Runnable decorate(Runnable task) {
		return (this.taskDecorator != null) ? this.taskDecorator.decorate(task) : task;
	}

	/**
	 * Run an invocation inside its interceptors' scopes, on the handler thread. An interceptor
	 * that fails fails the invocation, as its handler would.
	 */
	private void run(SocketIoInvocation invocation, Runnable call) {
		Scope scope;
		try {
			scope = InvocationScopes.open(this.interceptors, invocation);
		}
		catch (RuntimeException ex) {
			this.responder.fail(invocation, ex);
			return;
		}
		try {
			call.run();
		}
		finally {
			scope.close();
		}
	}

	/**
	 * A client admitted to the namespace.
	 *
	 * @param principal who it is, or {@code null} when anonymous
	 */
	private record Connection(@Nullable Principal principal) {

		static final Connection ANONYMOUS = new Connection(null);

	}

}
