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

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.DisconnectableHub;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import io.netty.channel.ChannelHandler.Sharable;

/**
 * netty-socketio's handshake handler, except that it does not connect the client to the main
 * namespace {@code /} when a transport binds: netty-socketio does
 * ({@code AuthorizeHandler.connect(ClientHead)}), before the client's {@code CONNECT} packet,
 * so {@code /}'s connect listeners ran without the client's auth data and events on {@code /}
 * were handled from a client that never connected. Here {@code /} is connected like every
 * other namespace, by {@link EngineIoPacketHandler} on the client's {@code CONNECT} packet.
 */
@Sharable
final class DeferredConnectAuthorizeHandler extends AuthorizeHandler {

	DeferredConnectAuthorizeHandler(String connectPath, Configuration configuration, NamespacesHub namespaces,
			DisconnectableHub hub, NettySocketIoParts parts) {
		super(connectPath, parts.scheduler(), configuration, namespaces, configuration.getStoreFactory(), hub,
				parts.ackManager(), parts.clientsBox());
	}

	@Override
	public void connect(ClientHead client) {
		// the main namespace is connected on the client's CONNECT packet
	}

}
