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
