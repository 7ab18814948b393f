package io.github.sioasyncapi.error;

/**
 * Thrown by a handler to refuse what an identified client asked for. By default the client
 * gets a {@code forbidden} error ack carrying this exception's message, so write it for the
 * client. Spring Security's {@code AccessDeniedException} (for example from
 * {@code @PreAuthorize}) is answered the same way, with a generic message.
 *
 * @since 0.1.0
 */
public class ForbiddenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the message for the client
	 */
	public ForbiddenException(String message) {
		super(message);
	}

}
