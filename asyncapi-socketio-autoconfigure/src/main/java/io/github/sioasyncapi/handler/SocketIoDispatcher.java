package io.github.sioasyncapi.handler;

import java.time.Duration;

import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;

/**
 * Routes the events of a {@link SocketIOServer} to the handlers in a
 * {@link SocketIoHandlerRegistry}. Each client's events are handled in the order they arrived,
 * on the handler executor (never on a Netty I/O thread); different clients are handled in
 * parallel, so a slow handler delays only its own client.
 */
public class SocketIoDispatcher {

	private final SocketIoHandlerRegistry registry;

	private final SocketIoHandlerExecutor executor;

	private final InvocationResponder responder;

	private final DefaultErrorAcks errorAcks;

	private final SocketIoObserver observer;

	private final SocketIoJsonSupport jsonSupport;

	/**
	 * Create a dispatcher.
	 * @param registry the handlers
	 * @param exceptionHandlers the exception handler chain
	 * @param executor the executor handlers run on
	 * @param observer notified of every handled event
	 * @param jsonSupport the server's JSON support, which reads event arguments straight into the
	 * handlers' parameter types
	 */
	public SocketIoDispatcher(SocketIoHandlerRegistry registry, SocketIoExceptionHandlers exceptionHandlers,
			SocketIoHandlerExecutor executor, SocketIoObserver observer, SocketIoJsonSupport jsonSupport) {
		this.registry = registry;
		this.jsonSupport = jsonSupport;
		this.executor = executor;
		this.observer = observer;
		this.errorAcks = new DefaultErrorAcks();
		this.responder = new InvocationResponder(exceptionHandlers, this.errorAcks, observer);
	}

	/**
	 * Register listeners for every namespace of the registry on a server that has not started.
	 * @param server the server
	 */
	public void bind(SocketIOServer server) {
		for (NamespaceHandlers handlers : this.registry.getNamespaces()) {
			SocketIONamespace namespace = server.addNamespace(handlers.getServerName());
			NamespaceDispatcher dispatcher = new NamespaceDispatcher(handlers,
					new ClientOrderedExecutor(this.executor.executor()), this.responder, this.errorAcks, this.observer);
			dispatcher.bind(namespace);
			dispatcher.bindArgumentReaders(this.jsonSupport);
		}
	}

	/**
	 * Wait until no handler runs, for a graceful shutdown.
	 * @param timeout how long to wait at most
	 * @return {@code true} if no handler runs
	 */
	public boolean awaitCompletion(Duration timeout) {
		try {
			return this.executor.awaitQuiescence(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
