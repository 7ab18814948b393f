package io.github.sioasyncapi.emit;

/**
 * What to do when the application emits an event that no {@code @Emits} declares for the
 * namespace ({@code socketio.validation.undeclared-emits}).
 *
 * @since 0.1.0
 */
public enum UndeclaredEmitPolicy {

	/** Send it without a word. */
	ALLOW,

	/** Send it, and log a warning once per namespace and event. */
	WARN,

	/** Refuse it with an {@link io.github.sioasyncapi.validation.EmitValidationException}. */
	FAIL

}
