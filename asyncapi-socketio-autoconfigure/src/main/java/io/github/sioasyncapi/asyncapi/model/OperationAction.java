package io.github.sioasyncapi.asyncapi.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the application does in an {@link Operation}.
 *
 * @since 0.1.0
 */
public enum OperationAction {

	/** The application sends the message (a server-to-client event). */
	SEND("send"),

	/** The application receives the message (a client-to-server event). */
	RECEIVE("receive");

	private final String value;

	OperationAction(String value) {
		this.value = value;
	}

	/**
	 * The value in the document.
	 * @return {@code send} or {@code receive}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
