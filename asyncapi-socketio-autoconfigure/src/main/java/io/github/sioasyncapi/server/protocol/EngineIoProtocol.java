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

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.DisconnectableHub;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.PacketDecoder;
import com.corundumstudio.socketio.transport.PollingTransport;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.netty.channel.ChannelPipeline;

/**
 * The protocol handlers of one started server, which take the place of netty-socketio's in
 * each channel's pipeline (see the handlers for what each corrects):
 * <ul>
 * <li>{@link EngineIoRequestValidator} checks requests first;</li>
 * <li>{@link DeferredConnectAuthorizeHandler} opens sessions without connecting them to
 * {@code /};</li>
 * <li>netty-socketio's polling transport and {@link FrameAwareWebSocketTransport} carry
 * packets;</li>
 * <li>{@link EngineIoPacketHandler} reads packets and admits clients to namespaces;</li>
 * <li>{@link EngineIoEncoder} writes packets and responses.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class EngineIoProtocol {

	/** The name of the request validator in the channel pipeline. */
	public static final String REQUEST_VALIDATOR = "engineIoRequestValidator";

	private final EngineIoRequestValidator requests;

	private final DeferredConnectAuthorizeHandler authorize;

	private final PollingTransport polling;

	private final FrameAwareWebSocketTransport websocket;

	private final EngineIoPacketHandler packets;

	private final EngineIoEncoder encoder;

	private final EngineIoSessions sessions;

	/**
	 * Create the handlers of a server.
	 * @param initializer netty-socketio's channel initializer, started
	 * @param configuration the server's configuration
	 * @param namespaces the server's namespaces
	 * @param jsonSupport the JSON support
	 * @param connectTimeout how long a session may stay without connecting to a namespace
	 */
	public EngineIoProtocol(SocketIOChannelInitializer initializer, Configuration configuration,
			NamespacesHub namespaces, SocketIoJsonSupport jsonSupport, Duration connectTimeout) {
		NettySocketIoParts parts = NettySocketIoParts.of(initializer);
		DisconnectableHub hub = initializer;
		EngineIoSessions sessions = new EngineIoSessions(hub, parts, connectTimeout,
				Duration.ofMillis(configuration.getUpgradeTimeout()));
		this.sessions = sessions;
		String connectPath = configuration.getContext() + "/";
		this.requests = new EngineIoRequestValidator(connectPath, configuration, parts, sessions);
		this.authorize = new DeferredConnectAuthorizeHandler(connectPath, configuration, namespaces, hub, parts);
		this.polling = new PollingTransport(new PacketDecoder(jsonSupport, parts.ackManager()), this.authorize,
				parts.clientsBox());
		this.websocket = new FrameAwareWebSocketTransport(configuration.getKeyStore() != null, this.authorize,
				configuration, parts, sessions);
		this.packets = new EngineIoPacketHandler(configuration, namespaces, jsonSupport, parts, sessions);
		this.encoder = new EngineIoEncoder(configuration, jsonSupport, parts.clientsBox());
	}

	/**
	 * Forget what the handlers keep about a session that netty-socketio forgets.
	 * @param client the session
	 */
	public void sessionEnded(ClientHead client) {
		this.sessions.ended(client);
	}

	/**
	 * Note that a session left its last namespace and stays open: it is closed if it connects
	 * to none within the connect timeout (without this, a session whose websocket then closed
	 * was never forgotten).
	 * @param client the session
	 */
	public void sessionLeftAllNamespaces(ClientHead client) {
		this.sessions.awaitConnect(client);
	}

	/**
	 * Put the handlers in place of netty-socketio's in a pipeline that netty-socketio set up.
	 * @param pipeline the pipeline of a new channel
	 */
	public void install(ChannelPipeline pipeline) {
		pipeline.replace(SocketIOChannelInitializer.PACKET_HANDLER, SocketIOChannelInitializer.PACKET_HANDLER,
				this.packets);
		pipeline.replace(SocketIOChannelInitializer.AUTHORIZE_HANDLER, SocketIOChannelInitializer.AUTHORIZE_HANDLER,
				this.authorize);
		pipeline.addBefore(SocketIOChannelInitializer.AUTHORIZE_HANDLER, REQUEST_VALIDATOR, this.requests);
		pipeline.replace(SocketIOChannelInitializer.XHR_POLLING_TRANSPORT,
				SocketIOChannelInitializer.XHR_POLLING_TRANSPORT, this.polling);
		pipeline.replace(SocketIOChannelInitializer.WEB_SOCKET_TRANSPORT,
				SocketIOChannelInitializer.WEB_SOCKET_TRANSPORT, this.websocket);
		pipeline.replace(SocketIOChannelInitializer.SOCKETIO_ENCODER, SocketIOChannelInitializer.SOCKETIO_ENCODER,
				this.encoder);
	}

}
