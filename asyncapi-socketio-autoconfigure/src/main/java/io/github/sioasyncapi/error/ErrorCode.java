package io.github.sioasyncapi.error;

/**
 * The codes of the default error acknowledgement, stable on the wire.
 */
public enum ErrorCode {

	/** The payload has the wrong shape or type, is missing, or violates a constraint. */
	INVALID_PAYLOAD("invalid_payload"),

	/** No handler exists for the event (sent only when the client asked for an ack). */
	UNKNOWN_EVENT("unknown_event"),

	/** The client may not do this, or may not connect. */
	UNAUTHORIZED("unauthorized"),

	/** Anything else; the details are in the server log under the error's id. */
	INTERNAL_ERROR("internal_error");

	private final String code;

	ErrorCode(String code) {
		this.code = code;
	}

	/**
	 * The code as sent on the wire.
	 * @return for example {@code invalid_payload}
	 */
	public String code() {
		return this.code;
	}

}
