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

package io.github.sioasyncapi.server.protocol;

import java.time.Duration;

/**
 * What one client may cost the server: the events it may have waiting for handlers, and the
 * data the server may hold for it unsent.
 *
 * @param maxPendingEvents events accepted and not yet handled, all namespaces together, at
 * which the server stops reading from the client until half of them are handled
 * @param maxOutboundBytes unsent data that the client may stay above for at most
 * {@code slowConsumerTimeout} before it is disconnected as a slow consumer
 * @param outboundHardLimitBytes unsent data at which the client is disconnected at once
 * @param slowConsumerTimeout how long the unsent data may stay above {@code maxOutboundBytes}
 * @since 0.1.0
 */
public record ClientLimits(int maxPendingEvents, long maxOutboundBytes, long outboundHardLimitBytes,
		Duration slowConsumerTimeout) {

	/**
	 * The defaults: 64 pending events, 1 MB unsent for at most 10 seconds, 8 MB at most.
	 */
	public static final ClientLimits DEFAULTS = new ClientLimits(64, 1024 * 1024, 8 * 1024 * 1024,
			Duration.ofSeconds(10));

	/**
	 * Check the limits.
	 * @param maxPendingEvents events accepted and not yet handled, at most
	 * @param maxOutboundBytes unsent data a client may stay above for at most
	 * {@code slowConsumerTimeout}
	 * @param outboundHardLimitBytes unsent data at which a client is disconnected at once
	 * @param slowConsumerTimeout how long unsent data may stay above {@code maxOutboundBytes}
	 * @throws IllegalArgumentException if a limit is not positive, or the hard limit is below
	 * {@code maxOutboundBytes}
	 */
	public ClientLimits {
		if (maxPendingEvents < 1) {
			throw new IllegalArgumentException(
					"socketio.server.max-pending-events must be at least 1, not " + maxPendingEvents);
		}
		if (maxOutboundBytes < 1) {
			throw new IllegalArgumentException(
					"socketio.server.max-outbound-buffer must be positive, not " + maxOutboundBytes + " bytes");
		}
		if (outboundHardLimitBytes < maxOutboundBytes) {
			throw new IllegalArgumentException("socketio.server.max-outbound-buffer-hard-limit ("
					+ outboundHardLimitBytes + " bytes) must not be below socketio.server.max-outbound-buffer ("
					+ maxOutboundBytes + " bytes)");
		}
		if (slowConsumerTimeout.isNegative() || slowConsumerTimeout.isZero()) {
			throw new IllegalArgumentException(
					"socketio.server.slow-consumer-timeout must be positive, not " + slowConsumerTimeout);
		}
	}

	/**
	 * The pending events at which a client paused for its backlog is read again.
	 * @return half of {@link #maxPendingEvents()}, rounded down
	 */
	int resumePendingEvents() {
		return this.maxPendingEvents / 2;
	}

}
