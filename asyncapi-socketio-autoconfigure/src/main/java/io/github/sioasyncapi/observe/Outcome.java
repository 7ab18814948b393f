package io.github.sioasyncapi.observe;

import io.github.sioasyncapi.error.UnauthorizedException;
import io.github.sioasyncapi.error.UnknownEventException;
import io.github.sioasyncapi.validation.RequestValidationException;

/**
 * How the handling of an event ended, as recorded by {@link SocketIoObserver}s and metrics.
 */
public enum Outcome {

	/** The handler ran and its ack (if one was requested) was sent. */
	OK("ok"),

	/** The payload was rejected before the handler ran. */
	INVALID_PAYLOAD("invalid_payload"),

	/** No handler is mapped to the event. */
	UNKNOWN_EVENT("unknown_event"),

	/** The handler refused the client. */
	UNAUTHORIZED("unauthorized"),

	/** The handler failed and an {@code @SocketIoExceptionHandler} produced the ack. */
	HANDLED_ERROR("handled_error"),

	/** The handler failed and nothing handled it. */
	INTERNAL_ERROR("internal_error");

	private final String tag;

	Outcome(String tag) {
		this.tag = tag;
	}

	/**
	 * The value of the {@code outcome} metric tag.
	 * @return for example {@code invalid_payload}
	 */
	public String tag() {
		return this.tag;
	}

	/**
	 * The outcome of a failure.
	 * @param failure the failure
	 * @param handled whether an exception handler produced the ack
	 * @return the outcome
	 */
	public static Outcome of(Throwable failure, boolean handled) {
		if (failure instanceof RequestValidationException) {
			return INVALID_PAYLOAD;
		}
		if (failure instanceof UnknownEventException) {
			return UNKNOWN_EVENT;
		}
		if (failure instanceof UnauthorizedException) {
			return UNAUTHORIZED;
		}
		return handled ? HANDLED_ERROR : INTERNAL_ERROR;
	}

}
