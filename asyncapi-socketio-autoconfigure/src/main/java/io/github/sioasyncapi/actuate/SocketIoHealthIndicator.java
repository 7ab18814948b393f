package io.github.sioasyncapi.actuate;

import java.net.InetSocketAddress;

import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code socketIo} health: {@code UP} while the Socket.IO server is bound and accepts
 * connections, {@code DOWN} with the reason otherwise (not started, stopping, stopped, or the
 * start failure).
 *
 * @since 0.1.0
 */
public class SocketIoHealthIndicator extends AbstractHealthIndicator {

	private final SocketIoServerLifecycle lifecycle;

	/**
	 * Create the indicator.
	 * @param lifecycle the server's lifecycle
	 */
	public SocketIoHealthIndicator(SocketIoServerLifecycle lifecycle) {
		super("Socket.IO health check failed");
		this.lifecycle = lifecycle;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		InetSocketAddress address = this.lifecycle.getAddress();
		if (this.lifecycle.isAccepting() && address != null) {
			builder.up().withDetail("port", address.getPort());
			return;
		}
		Throwable failure = this.lifecycle.getFailure();
		builder.down().withDetail("state", this.lifecycle.getState().name());
		if (failure != null) {
			builder.withDetail("reason", failure.getMessage());
		}
	}

}
