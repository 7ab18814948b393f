package io.github.sioasyncapi.emit;

import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;

/**
 * Runs around every emit of a {@link SocketIoEmitter} or {@link SocketIoTemplate}, on the
 * emitting thread: before the event is validated and sent, with a {@link Scope} that is
 * completed when it was sent (or failed, for example with an
 * {@link io.github.sioasyncapi.validation.EmitValidationException}) and then closed. Beans of
 * this type are applied in {@link org.springframework.core.Ordered order}, the first outermost.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SocketIoEmitInterceptor {

	/**
	 * An event is about to be sent.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name
	 * @return the emit's scope, never {@code null}
	 */
	Scope open(String namespace, String event);

}
