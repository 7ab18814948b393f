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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.namespace.Namespace;
import org.jspecify.annotations.Nullable;

/**
 * Everything registered for one namespace: event handlers, connect and disconnect handlers,
 * and declared emits, in registration order.
 *
 * @since 0.1.0
 */
public final class NamespaceHandlers {

	private final String name;

	private final Map<String, SocketIoHandlerMethod> events = new LinkedHashMap<>();

	private final List<SocketIoHandlerMethod> connectHandlers = new ArrayList<>();

	private final List<SocketIoHandlerMethod> disconnectHandlers = new ArrayList<>();

	private final Map<String, EmitDeclaration> emits = new LinkedHashMap<>();

	NamespaceHandlers(String name) {
		this.name = name;
	}

	/**
	 * The namespace, as clients name it.
	 * @return the namespace, for example {@code "/"} or {@code "/admin"}
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The namespace as netty-socketio names it ({@code ""} for {@code "/"}).
	 * @return the netty-socketio namespace name
	 */
	public String getServerName() {
		return toServerName(this.name);
	}

	/**
	 * The event handlers by event name.
	 * @return the event handlers
	 */
	public Map<String, SocketIoHandlerMethod> getEvents() {
		return Collections.unmodifiableMap(this.events);
	}

	/**
	 * The connect handlers, guards included.
	 * @return the connect handlers
	 */
	public List<SocketIoHandlerMethod> getConnectHandlers() {
		return Collections.unmodifiableList(this.connectHandlers);
	}

	/**
	 * The disconnect handlers.
	 * @return the disconnect handlers
	 */
	public List<SocketIoHandlerMethod> getDisconnectHandlers() {
		return Collections.unmodifiableList(this.disconnectHandlers);
	}

	/**
	 * The events the server sends in this namespace, declared with {@code @Emits}.
	 * @return the declared emits by event name
	 */
	public Map<String, EmitDeclaration> getEmits() {
		return Collections.unmodifiableMap(this.emits);
	}

	/**
	 * The declared emit of an event.
	 * @param event the event name
	 * @return the declaration, or {@code null} if the event is not declared
	 */
	public @Nullable EmitDeclaration getEmit(String event) {
		return this.emits.get(event);
	}

	void add(SocketIoHandlerMethod handler) {
		switch (handler.getKind()) {
			case CONNECT -> this.connectHandlers.add(handler);
			case DISCONNECT -> this.disconnectHandlers.add(handler);
			case EVENT -> {
				SocketIoHandlerMethod existing = this.events.putIfAbsent(handler.getEvent(), handler);
				if (existing != null) {
					throw new IllegalStateException("Ambiguous Socket.IO handlers for event '" + handler.getEvent()
							+ "' in namespace '" + this.name + "': " + existing + " and " + handler);
				}
			}
		}
	}

	void declare(EmitDeclaration emit) {
		EmitDeclaration existing = this.emits.putIfAbsent(emit.event(), emit);
		if (existing != null && !existing.sameContract(emit)) {
			throw new IllegalStateException("Conflicting @Emits declarations for event '" + emit.event()
					+ "' in namespace '" + this.name + "': " + existing.declaredBy() + " declares " + describe(existing)
					+ ", " + emit.declaredBy() + " declares " + describe(emit));
		}
	}

	private static String describe(EmitDeclaration emit) {
		String payload = emit.payloadTypes().isEmpty() ? "none"
				: String.join(", ", emit.payloadTypes().stream().map(Class::getSimpleName).toList());
		return "payload " + payload + " and ack " + simpleName(emit.ackType());
	}

	private static String simpleName(@Nullable Class<?> type) {
		return (type != null) ? type.getSimpleName() : "none";
	}

	/**
	 * Convert a namespace as clients name it to netty-socketio's name.
	 * @param name the namespace, for example {@code "/"}
	 * @return the netty-socketio name, {@code ""} for {@code "/"}
	 */
	public static String toServerName(String name) {
		return "/".equals(name) ? Namespace.DEFAULT_NAME : name;
	}

	/**
	 * Convert a netty-socketio namespace name to the name clients use.
	 * @param serverName the netty-socketio name
	 * @return the namespace, {@code "/"} for {@code ""}
	 */
	public static String toClientName(String serverName) {
		return serverName.isEmpty() ? "/" : serverName;
	}

}
