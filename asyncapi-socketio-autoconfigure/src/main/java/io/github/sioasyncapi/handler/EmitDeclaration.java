package io.github.sioasyncapi.handler;

import org.jspecify.annotations.Nullable;

/**
 * An event the server sends in a namespace, declared with
 * {@link io.github.sioasyncapi.annotation.Emits @Emits}.
 *
 * @param namespace the namespace, for example {@code "/"}
 * @param event the event name
 * @param payloadType the payload type, or {@code null} for an event without payload
 * @param ackType the type of the client's acknowledgement, or {@code null} when none
 * @param summary a short summary, or empty
 * @param description a longer description, or empty
 * @param declaredBy where it is declared, for messages (for example {@code GameController})
 */
public record EmitDeclaration(String namespace, String event, @Nullable Class<?> payloadType,
		@Nullable Class<?> ackType, String summary, String description, String declaredBy) {

	boolean sameContract(EmitDeclaration other) {
		return this.payloadType == other.payloadType && this.ackType == other.ackType;
	}

}
