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

import java.time.Duration;
import java.util.List;

import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskDecorator;

/**
 * Routes the events of a {@link SocketIOServer} to the handlers in a
 * {@link SocketIoHandlerRegistry}. Each client's events are handled in the order they arrived,
 * on the handler executor (never on a Netty I/O thread); different clients are handled in
 * parallel, so a slow handler delays only its own client. Created by
 * {@link SocketIoHandlerConfigurer}.
 *
 * @since 0.1.0
 */
public class SocketIoDispatcher {

	private final SocketIoHandlerRegistry registry;

	private final SocketIoHandlerExecutor executor;

	private final InvocationResponder responder;

	private final ErrorAckFactory errorAcks;

	private final List<SocketIoInvocationInterceptor> interceptors;

	private final @Nullable TaskDecorator taskDecorator;

	private final SocketIoObserver observer;

	private final SocketIoJsonSupport jsonSupport;

	private final ClientBacklog backlog;

	SocketIoDispatcher(SocketIoHandlerRegistry registry, SocketIoExceptionHandlers exceptionHandlers,
			SocketIoHandlerExecutor executor, ErrorAckFactory errorAcks,
			List<SocketIoInvocationInterceptor> interceptors, @Nullable TaskDecorator taskDecorator,
			SocketIoObserver observer, SocketIoJsonSupport jsonSupport, ClientBacklog backlog) {
		this.registry = registry;
		this.jsonSupport = jsonSupport;
		this.backlog = backlog;
		this.executor = executor;
		this.errorAcks = errorAcks;
		this.interceptors = List.copyOf(interceptors);
		this.taskDecorator = taskDecorator;
		this.observer = observer;
		this.responder = new InvocationResponder(exceptionHandlers, errorAcks, observer);
	}

	/**
	 * Register listeners for every namespace of the registry on a server that has not started.
	 * @param server the server
	 */
	public void bind(SocketIOServer server) {
		for (NamespaceHandlers handlers : this.registry.getNamespaces()) {
			SocketIONamespace namespace = server.addNamespace(handlers.getServerName());
			ClientOrderedExecutor ordered = new ClientOrderedExecutor(this.executor.executor(), this.backlog);
			NamespaceDispatcher dispatcher = new NamespaceDispatcher(handlers, ordered, this.responder, this.errorAcks,
					this.interceptors, this.taskDecorator, this.observer);
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
