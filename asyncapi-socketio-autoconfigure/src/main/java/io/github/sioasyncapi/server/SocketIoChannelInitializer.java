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

package io.github.sioasyncapi.server;

import java.time.Duration;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import io.github.sioasyncapi.server.protocol.EngineIoProtocol;
import io.github.sioasyncapi.server.protocol.FineGrainedScheduler;
import io.netty.channel.ChannelPipeline;
import org.jspecify.annotations.Nullable;

/**
 * netty-socketio's channel initializer with the starter's protocol handlers in place of
 * netty-socketio's (see {@link EngineIoProtocol}), a {@link FineGrainedScheduler}, and the
 * flow control of each client ({@link ClientFlowControl}).
 */
class SocketIoChannelInitializer extends SocketIOChannelInitializer {

	private final SocketIoJsonSupport jsonSupport;

	private final Duration connectTimeout;

	private final ClientFlowControl flowControl;

	private @Nullable EngineIoProtocol protocol;

	/**
	 * Create an initializer.
	 * @param jsonSupport the server's JSON support
	 * @param connectTimeout how long a session may stay without connecting to a namespace
	 * @param flowControl keeps each client within its limits
	 */
	SocketIoChannelInitializer(SocketIoJsonSupport jsonSupport, Duration connectTimeout,
			ClientFlowControl flowControl) {
		this.jsonSupport = jsonSupport;
		this.connectTimeout = connectTimeout;
		this.flowControl = flowControl;
	}

	@Override
	public void start(Configuration configuration, NamespacesHub namespacesHub) {
		this.protocol = EngineIoProtocol.start(this, configuration, namespacesHub, this.jsonSupport,
				this.connectTimeout, this.flowControl, () -> super.start(configuration, namespacesHub));
	}

	/**
	 * Forget a session, unless it is still open: netty-socketio forgets a session as soon as
	 * its last namespace disconnects, so a client that left {@code /} and had no other
	 * namespace lost its Engine.IO session (no more pings, polls refused), where Socket.IO
	 * keeps it open until it closes; the connect timeout ends it if it connects to no namespace
	 * again.
	 */
	@Override
	public void onDisconnect(ClientHead client) {
		if (!client.isConnected()) {
			super.onDisconnect(client);
			if (this.protocol != null) {
				this.protocol.sessionEnded(client);
			}
		}
		else if (this.protocol != null) {
			this.protocol.sessionLeftAllNamespaces(client);
		}
	}

	@Override
	protected void addSocketioHandlers(ChannelPipeline pipeline) {
		super.addSocketioHandlers(pipeline);
		if (this.protocol == null) {
			throw new IllegalStateException("The initializer is not started");
		}
		this.protocol.install(pipeline);
	}

}
