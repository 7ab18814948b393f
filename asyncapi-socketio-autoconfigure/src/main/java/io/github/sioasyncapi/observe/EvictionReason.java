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
