package io.github.sioasyncapi.server;

import java.net.InetSocketAddress;

import com.corundumstudio.socketio.SocketIOServer;
import org.springframework.context.ApplicationEvent;

/**
 * Published when the Socket.IO server is bound and accepts connections.
 *
 * @since 0.1.0
 */
public class SocketIoServerInitializedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient InetSocketAddress address;

	/**
	 * Create an event.
	 * @param server the server
	 * @param address the address it is bound to
	 */
	public SocketIoServerInitializedEvent(SocketIOServer server, InetSocketAddress address) {
		super(server);
		this.address = address;
	}

	/**
	 * The server.
	 * @return the server
	 */
	public SocketIOServer getServer() {
		return (SocketIOServer) getSource();
	}

	/**
	 * The port the server listens on; the actual one when {@code socketio.server.port} is 0.
	 * @return the port
	 */
	public int getPort() {
		return this.address.getPort();
	}

	/**
	 * The address the server is bound to.
	 * @return the address
	 */
	public InetSocketAddress getAddress() {
		return this.address;
	}

}
