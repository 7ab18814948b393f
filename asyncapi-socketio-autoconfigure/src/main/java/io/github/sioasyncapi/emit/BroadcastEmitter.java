package io.github.sioasyncapi.emit;

/**
 * Sends an event to a group of clients.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BroadcastEmitter {

	/**
	 * Send an event to every client of the target.
	 * @param event the event name
	 * @param args the payload arguments
	 */
	void emit(String event, Object... args);

}
