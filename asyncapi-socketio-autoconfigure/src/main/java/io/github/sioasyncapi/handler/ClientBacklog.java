package io.github.sioasyncapi.handler;

import java.util.UUID;

/**
 * Told when work for a client is queued for its handlers and when it is done: events, and
 * the connect and disconnect handlers they cause, of all the client's namespaces. The server
 * uses it to stop reading from a client whose handlers fall behind (see
 * {@code socketio.server.max-pending-events}). Called on I/O and handler threads; must be fast
 * and never throw.
 *
 * @since 0.1.0
 */
public interface ClientBacklog {

	/** A backlog that nobody watches. */
	ClientBacklog NONE = new ClientBacklog() {

		@Override
		public void queued(UUID sessionId) {
		}

		@Override
		public void done(UUID sessionId) {
		}

	};

	/**
	 * A task of the client was queued.
	 * @param sessionId the client's session id
	 */
	void queued(UUID sessionId);

	/**
	 * A task of the client ran, or was dropped.
	 * @param sessionId the client's session id
	 */
	void done(UUID sessionId);

}
