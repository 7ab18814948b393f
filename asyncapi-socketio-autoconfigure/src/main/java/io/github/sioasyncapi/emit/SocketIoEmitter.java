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

import java.util.concurrent.CompletableFuture;

import com.corundumstudio.socketio.SocketIOClient;

/**
 * Sends events from a handler: to the client that sent the event being handled, to a room, to
 * the whole namespace, or to everyone else. Injected into handler methods. Events declared with
 * {@link io.github.sioasyncapi.annotation.Emits @Emits} are validated before anything is sent
 * ({@link io.github.sioasyncapi.validation.EmitValidationException}).
 *
 * @since 0.1.0
 */
public interface SocketIoEmitter {

	/**
	 * The client that sent the event being handled.
	 * @return the client
	 */
	SocketIOClient getClient();

	/**
	 * Send an event to the client that sent the event being handled.
	 * @param event the event name
	 * @param args the payload arguments
	 */
	void emit(String event, Object... args);

	/**
	 * Send an event to the client and wait for its acknowledgement, converted to (and validated
	 * against) the {@code ack} type declared with {@code @Emits}, or a {@code JsonNode} when none
	 * is declared. The future completes exceptionally with a
	 * {@link java.util.concurrent.TimeoutException} when the client does not answer within
	 * {@code socketio.server.ack-timeout}, or with a
	 * {@link io.github.sioasyncapi.validation.RequestValidationException} when its answer is
	 * invalid.
	 * @param <T> the ack type
	 * @param event the event name
	 * @param args the payload arguments
	 * @return the acknowledgement
	 */
	<T> CompletableFuture<T> emitWithAck(String event, Object... args);

	/**
	 * Target the members of a room of this namespace (the sender too, if a member).
	 * @param room the room
	 * @return the broadcast target
	 */
	BroadcastEmitter toRoom(String room);

	/**
	 * Target every client of this namespace, the sender included.
	 * @return the broadcast target
	 */
	BroadcastEmitter toNamespace();

	/**
	 * Target every client of this namespace except the sender.
	 * @return the broadcast target
	 */
	BroadcastEmitter toOthers();

}
