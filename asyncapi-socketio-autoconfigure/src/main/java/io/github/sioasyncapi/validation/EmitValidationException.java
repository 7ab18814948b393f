package io.github.sioasyncapi.validation;

import java.util.List;

/**
 * Raised when the payload of an emit of an event declared with {@code @Emits} does not match the declared type, or the event is undeclared and {@code socketio.validation.undeclared-emits=fail}. Nothing was sent.
 *
 * @since 0.1.0
 */
public class EmitValidationException extends SocketIoValidationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param violations the violations, at least one
	 */
	public EmitValidationException(String namespace, String event, List<Violation> violations) {
		super("emit", namespace, event, violations);
	}

}
