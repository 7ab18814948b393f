package io.github.sioasyncapi.asyncapi.compatibility;

/**
 * Which way a payload travels, and so which of its changes break existing clients.
 */
enum Flow {

	/**
	 * Clients send it (payloads of events they emit, acks they send): the server must still
	 * accept everything it accepted, so narrowing a schema breaks them.
	 */
	TO_SERVER,

	/**
	 * Clients receive it (payloads of events they listen to, acks they get): the server must
	 * send nothing they do not expect, so widening a schema or removing a property breaks them.
	 */
	TO_CLIENT;

	/** The flow of the acknowledgement of a payload that flows this way. */
	Flow reverse() {
		return (this == TO_SERVER) ? TO_CLIENT : TO_SERVER;
	}

}
