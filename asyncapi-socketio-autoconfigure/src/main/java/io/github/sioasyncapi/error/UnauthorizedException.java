package io.github.sioasyncapi.error;

/**
 * Thrown by a handler, or a connect guard, to refuse what the client asked for. By default the
 * client gets an {@code unauthorized} error ack (or {@code connect_error}) carrying this
 * exception's message, so write it for the client.
 *
 * @since 0.1.0
 */
public class UnauthorizedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the message for the client
	 */
	public UnauthorizedException(String message) {
		super(message);
	}

}
