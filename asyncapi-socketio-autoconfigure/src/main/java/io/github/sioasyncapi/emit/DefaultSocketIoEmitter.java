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
