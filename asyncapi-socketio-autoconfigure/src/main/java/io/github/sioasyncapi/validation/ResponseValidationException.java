package io.github.sioasyncapi.validation;

import java.util.List;

/**
 * Raised when a handler's return value violates the constraints of its type. Nothing was sent; this is a server bug, so by default the client gets an {@code internal_error} ack and the details are logged.
 *
 * @since 0.1.0
 */
public class ResponseValidationException extends SocketIoValidationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public ResponseValidationException(String namespace, String event, List<Violation> violations) {
		super("ack", namespace, event, violations);
	}

}
