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

package io.github.sioasyncapi.emit;

import com.corundumstudio.socketio.SocketIOClient;

/**
 * Creates the {@link SocketIoEmitter} injected into a handler invocation.
 *
 * @since 0.1.0
 */
public final class SocketIoEmitters {

	private final EmitSupport support;

	/**
	 * Create a factory of emitters.
	 * @param support the emit support
	 */
	public SocketIoEmitters(EmitSupport support) {
		this.support = support;
	}

	/**
	 * The emitter of an invocation.
	 * @param client the client that sent the event
	 * @param namespace the namespace, as clients name it
	 * @return the emitter
	 */
	public SocketIoEmitter forClient(SocketIOClient client, String namespace) {
		return new DefaultSocketIoEmitter(this.support, client, namespace);
	}

}
