package io.github.sioasyncapi.observe;

/**
 * Why the server disconnected a client as a slow consumer, as recorded by
 * {@link SocketIoObserver}s and the {@code socketio.clients.evicted} metric.
 *
 * @since 0.1.0
 */
public enum EvictionReason {

	/**
	 * The client's unsent data stayed above {@code socketio.server.max-outbound-buffer} for
	 * longer than {@code socketio.server.slow-consumer-timeout}.
	 */
	SLOW_CONSUMER("slow_consumer"),

	/**
	 * The client's unsent data went above
	 * {@code socketio.server.max-outbound-buffer-hard-limit}.
	 */
	OUTBOUND_HARD_LIMIT("outbound_hard_limit");

	private final String tag;

	EvictionReason(String tag) {
		this.tag = tag;
	}

	/**
	 * The value of the {@code reason} metric tag.
	 * @return for example {@code slow_consumer}
	 */
	public String tag() {
		return this.tag;
	}

}
