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
import com.corundumstudio.socketio.SocketIONamespace;

/**
 * The {@link SocketIoEmitter} of one handler invocation.
 */
final class DefaultSocketIoEmitter implements SocketIoEmitter {

	private final EmitSupport support;

	private final SocketIOClient client;

	private final String namespace;

	DefaultSocketIoEmitter(EmitSupport support, SocketIOClient client, String namespace) {
		this.support = support;
		this.client = client;
		this.namespace = namespace;
	}

	@Override
	public SocketIOClient getClient() {
		return this.client;
	}

	@Override
	public void emit(String event, Object... args) {
		this.support.send(this.namespace, this.client, event, args);
	}

	@Override
	public <T> CompletableFuture<T> emitWithAck(String event, Object... args) {
		return this.support.sendWithAck(this.namespace, this.client, event, args);
	}

	@Override
	public BroadcastEmitter toRoom(String room) {
		return (event, args) -> this.support.broadcast(this.namespace, namespace().getRoomOperations(room), null,
				event, args);
	}

	@Override
	public BroadcastEmitter toNamespace() {
		return (event, args) -> this.support.broadcast(this.namespace, namespace().getBroadcastOperations(), null,
				event, args);
	}

	@Override
	public BroadcastEmitter toOthers() {
		return (event, args) -> this.support.broadcast(this.namespace, namespace().getBroadcastOperations(),
				this.client, event, args);
	}

	private SocketIONamespace namespace() {
		return this.client.getNamespace();
	}

}
