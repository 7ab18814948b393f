/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
