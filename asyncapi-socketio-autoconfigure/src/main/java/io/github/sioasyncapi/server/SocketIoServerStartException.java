package io.github.sioasyncapi.server;

/**
 * Thrown when the Socket.IO server cannot bind its address; the application does not start.
 *
 * @since 0.1.0
 */
public class SocketIoServerStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The host the server tried to bind. */
	private final String host;

	/** The port the server tried to bind. */
	private final int port;

	/**
	 * Create an exception.
	 * @param host the host the server tried to bind
	 * @param port the port the server tried to bind
	 * @param cause why binding failed
	 */
	public SocketIoServerStartException(String host, int port, Throwable cause) {
		super("Socket.IO server could not start on " + host + ":" + port + ": " + cause.getMessage(), cause);
		this.host = host;
		this.port = port;
	}

	/**
	 * The host the server tried to bind.
	 * @return the host
	 */
	public String getHost() {
		return this.host;
	}

	/**
	 * The port the server tried to bind.
	 * @return the port
	 */
	public int getPort() {
		return this.port;
	}

}
