package io.github.sioasyncapi.emit;

import com.corundumstudio.socketio.SocketIOClient;

/**
 * Creates the {@link SocketIoEmitter} injected into a handler invocation.
 *
 * @since 0.1.0
 */
public final class SocketIoEmitters {

	private final EmitSupport support;

	/**
	 * Create a factory of emitters.
	 * @param support the emit support
	 */
	public SocketIoEmitters(EmitSupport support) {
		this.support = support;
	}

	/**
	 * The emitter of an invocation.
	 * @param client the client that sent the event
	 * @param namespace the namespace, as clients name it
	 * @return the emitter
	 */
	public SocketIoEmitter forClient(SocketIOClient client, String namespace) {
		return new DefaultSocketIoEmitter(this.support, client, namespace);
	}

}
