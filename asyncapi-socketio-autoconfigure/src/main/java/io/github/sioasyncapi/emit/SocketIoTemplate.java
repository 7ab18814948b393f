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

package io.github.sioasyncapi.emit;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.handler.NamespaceHandlers;

/**
 * Sends events from anywhere in the application: to one client, to a room, or to a whole
 * namespace. Events declared with {@link io.github.sioasyncapi.annotation.Emits @Emits} are
 * validated before anything is sent.
 * <pre class="code">
 * template.emitToRoom("/", "game-42", "move_made", new MoveMade(board, "O"));
 * </pre>
 *
 * @since 0.1.0
 */
public class SocketIoTemplate {

	private final SocketIOServer server;

	private final EmitSupport support;

	/**
	 * Create a template.
	 * @param server the Socket.IO server
	 * @param support the emit support
	 */
	public SocketIoTemplate(SocketIOServer server, EmitSupport support) {
		this.server = server;
		this.support = support;
	}

	/**
	 * Send an event to one client of a namespace.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param sessionId the client's session id
	 * @param event the event name
	 * @param args the payload arguments
	 * @return {@code true} if the client is connected to the namespace and the event was sent
	 */
	public boolean emitToClient(String namespace, UUID sessionId, String event, Object... args) {
		SocketIOClient client = namespace(namespace).getClient(sessionId);
		if (client == null) {
			return false;
		}
		this.support.send(namespace, client, event, args);
		return true;
	}

	/**
	 * Send an event to one client and wait for its acknowledgement (see
	 * {@link SocketIoEmitter#emitWithAck}).
	 * @param <T> the ack type
	 * @param namespace the namespace, for example {@code "/"}
	 * @param sessionId the client's session id
	 * @param event the event name
	 * @param args the payload arguments
	 * @return the acknowledgement; failed with {@link IllegalStateException} if the client is
	 * not connected
	 */
	public <T> CompletableFuture<T> emitWithAck(String namespace, UUID sessionId, String event, Object... args) {
		SocketIOClient client = namespace(namespace).getClient(sessionId);
		if (client == null) {
			return CompletableFuture.failedFuture(new IllegalStateException(
					"Client " + sessionId + " is not connected to namespace '" + namespace + "'"));
		}
		return this.support.sendWithAck(namespace, client, event, args);
	}

	/**
	 * Send an event to the members of a room.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param room the room
	 * @param event the event name
	 * @param args the payload arguments
	 */
	public void emitToRoom(String namespace, String room, String event, Object... args) {
		this.support.broadcast(namespace, namespace(namespace).getRoomOperations(room), null, event, args);
	}

	/**
	 * Send an event to every client of a namespace.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name
	 * @param args the payload arguments
	 */
	public void emitToNamespace(String namespace, String event, Object... args) {
		this.support.broadcast(namespace, namespace(namespace).getBroadcastOperations(), null, event, args);
	}

	private SocketIONamespace namespace(String namespace) {
		SocketIONamespace found = this.server.getNamespace(NamespaceHandlers.toServerName(namespace));
		if (found == null) {
			throw new IllegalArgumentException("No Socket.IO namespace '" + namespace + "'");
		}
		return found;
	}

}
