package io.github.sioasyncapi.handler;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.MultiTypeArgs;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.UnknownEventException;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Connects the handlers of one namespace to netty-socketio's listeners. Listeners run on Netty
 * I/O threads and only hand the work to the client's ordered queue; connect guards are the
 * exception, since netty-socketio asks for their verdict before admitting the client. Disconnect
 * handlers run only for clients that were admitted (a client refused by a guard is dropped
 * from the namespace without having connected).
 */
final class NamespaceDispatcher {

	private final NamespaceHandlers handlers;

	private final ClientOrderedExecutor executor;

	private final InvocationResponder responder;

	private final DefaultErrorAcks errorAcks;

	private final List<SocketIoHandlerMethod> guards;

	private final List<SocketIoHandlerMethod> connectListeners;

	private final SocketIoObserver observer;

	private final Set<UUID> connected = ConcurrentHashMap.newKeySet();

	NamespaceDispatcher(NamespaceHandlers handlers, ClientOrderedExecutor executor, InvocationResponder responder,
			DefaultErrorAcks errorAcks, SocketIoObserver observer) {
		this.handlers = handlers;
		this.executor = executor;
		this.responder = responder;
		this.errorAcks = errorAcks;
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
		if (!this.guards.isEmpty()) {
			namespace.addAuthTokenListener(this::onAuthToken);
		}
		namespace.addConnectListener(this::onConnect);
		namespace.addDisconnectListener(this::onDisconnect);
	}

	/**
	 * Let the JSON support read each event's arguments straight into its handler's parameter
	 * types, on the I/O thread, while the packet is decoded.
	 */
	void bindArgumentReaders(SocketIoJsonSupport jsonSupport) {
		this.handlers.getEvents()
			.forEach((event, handler) -> jsonSupport.addArgumentReaders(this.handlers.getServerName(), event,
					handler.getPayloadParameters().stream().map(PayloadParameter::getDirectReader).toList()));
	}

	private void onEvent(SocketIOClient client, String event, List<Object> args, AckRequest ackRequest,
			SocketIoHandlerMethod handler) {
		SocketIoInvocation invocation = new SocketIoInvocation(client, this.handlers.getName(), event, args,
				ackRequest, handler);
		this.observer.eventReceived(this.handlers.getName(), event);
		this.executor.execute(client.getSessionId(), () -> this.responder.invoke(invocation, handler));
	}

	private void onUnknownEvent(SocketIOClient client, MultiTypeArgs data,
			AckRequest ackRequest) {
		List<Object> args = data.getArgs();
		String event = ((JsonNode) args.get(0)).stringValue();
		SocketIoInvocation invocation = new SocketIoInvocation(client, this.handlers.getName(), event,
				args.subList(1, args.size()), ackRequest, null);
		this.observer.eventReceived(this.handlers.getName(), SocketIoObserver.UNKNOWN_EVENT);
		this.executor.execute(client.getSessionId(), () -> this.responder.fail(invocation,
				new UnknownEventException(this.handlers.getName(), event)));
	}

	private void onMalformedEvent(SocketIOClient client, MultiTypeArgs data,
			AckRequest ackRequest) {
		String problem = ((JsonNode) data.getArgs().get(0)).stringValue();
		SocketIoInvocation invocation = new SocketIoInvocation(client, this.handlers.getName(), "", List.of(),
				ackRequest, null);
		RequestValidationException failure = new RequestValidationException("event packet", this.handlers.getName(),
				"", List.of(new Violation("", problem, null)));
		this.observer.eventReceived(this.handlers.getName(), SocketIoObserver.UNKNOWN_EVENT);
		this.executor.execute(client.getSessionId(), () -> this.responder.fail(invocation, failure));
	}

	private AuthTokenResult onAuthToken(@Nullable Object authToken, SocketIOClient client) {
		List<Object> args = (authToken != null) ? List.of(authToken) : List.of();
		for (SocketIoHandlerMethod guard : this.guards) {
			SocketIoInvocation invocation = new SocketIoInvocation(client, this.handlers.getName(), "connect", args,
					null, guard);
			try {
				if (Boolean.FALSE.equals(guard.invoke(new SocketIoMessage(invocation)))) {
					return refuse(null);
				}
			}
			catch (Throwable ex) {
				return refuse(ex);
			}
		}
		return AuthTokenResult.AuthTokenResultSuccess;
	}

	private AuthTokenResult refuse(@Nullable Throwable failure) {
		this.observer.connectRefused(this.handlers.getName());
		if (failure instanceof RequestValidationException) {
			this.observer.validationFailed(this.handlers.getName(), "connect", "request");
		}
		return new AuthTokenResult(false, this.errorAcks.forRefusedConnect(this.handlers.getName(), failure));
	}

	private void onConnect(SocketIOClient client) {
		this.connected.add(client.getSessionId());
		for (SocketIoHandlerMethod handler : this.connectListeners) {
			SocketIoInvocation invocation = new SocketIoInvocation(client, this.handlers.getName(), "connect",
					List.of(), null, handler);
			this.executor.execute(client.getSessionId(), () -> this.responder.invoke(invocation, handler));
		}
	}

	private void onDisconnect(SocketIOClient client) {
		if (!this.connected.remove(client.getSessionId())) {
			return;
		}
		List<SocketIoHandlerMethod> disconnectHandlers = this.handlers.getDisconnectHandlers();
		this.executor.executeLast(client.getSessionId(), () -> {
			for (SocketIoHandlerMethod handler : disconnectHandlers) {
				this.responder.invoke(new SocketIoInvocation(client, this.handlers.getName(), "disconnect", List.of(),
						null, handler), handler);
			}
		});
	}

}
