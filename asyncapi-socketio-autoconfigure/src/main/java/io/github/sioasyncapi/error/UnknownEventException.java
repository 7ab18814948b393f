package io.github.sioasyncapi.error;

/**
 * Raised when a client sends an event no handler is mapped to in the namespace. By default the
 * client gets an {@code unknown_event} error ack if it asked for an ack.
 *
 * @since 0.1.0
 */
public class UnknownEventException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The namespace the event was sent to. */
	private final String namespace;

	/** The event that no handler is mapped to. */
	private final String event;

	/**
	 * Create an exception.
	 * @param namespace the namespace
	 * @param event the event nobody handles
	 */
	public UnknownEventException(String namespace, String event) {
		super("Unknown event '" + event + "' in namespace '" + namespace + "'");
		this.namespace = namespace;
		this.event = event;
	}

	/**
	 * The namespace.
	 * @return the namespace, for example {@code "/"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event nobody handles.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

}
