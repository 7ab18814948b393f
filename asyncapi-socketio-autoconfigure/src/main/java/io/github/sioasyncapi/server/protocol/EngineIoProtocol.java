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
import com.corundumstudio.socketio.SocketConfig;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.PacketDecoder;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;

/**
 * The protocol handlers of one started server, which take the place of netty-socketio's in
 * each channel's pipeline (see the handlers for what each corrects):
 * <ul>
 * <li>{@link EngineIoRequestValidator} checks requests first;</li>
 * <li>{@link DeferredConnectAuthorizeHandler} opens sessions without connecting them to
 * {@code /};</li>
 * <li>{@link PacedPollingTransport} and {@link FrameAwareWebSocketTransport} carry
 * packets;</li>
 * <li>{@link EngineIoPacketHandler} reads packets and admits clients to namespaces;</li>
 * <li>{@link EngineIoEncoder} writes packets and responses.</li>
 * </ul>
 * Each session's {@link ClientFlow} keeps it within the {@link ClientLimits} of the
 * {@link ClientFlowControl}: the packet handler holds its input while it is paused, the encoder
 * counts what it writes, and {@link EngineIoSessions} evicts slow consumers.
 *
 * @since 0.1.0
 */
public final class EngineIoProtocol {

	/** The name of the request validator in the channel pipeline. */
	public static final String REQUEST_VALIDATOR = "engineIoRequestValidator";

	private final EngineIoRequestValidator requests;

	private final DeferredConnectAuthorizeHandler authorize;

	private final PacedPollingTransport polling;

	private final FrameAwareWebSocketTransport websocket;

	private final EngineIoPacketHandler packets;

	private final EngineIoEncoder encoder;

	private final EngineIoSessions sessions;

	private EngineIoProtocol(SocketIOChannelInitializer initializer, Configuration configuration,
			NamespacesHub namespaces, SocketIoJsonSupport jsonSupport, Duration connectTimeout, ClientFlows flows) {
		NettySocketIoParts parts = NettySocketIoParts.of(initializer);
		DisconnectableHub hub = initializer;
		EngineIoSessions sessions = new EngineIoSessions(hub, parts, connectTimeout,
				Duration.ofMillis(configuration.getUpgradeTimeout()));
		this.sessions = sessions;
		String connectPath = configuration.getContext() + "/";
		this.requests = new EngineIoRequestValidator(connectPath, configuration, parts, sessions);
		this.authorize = new DeferredConnectAuthorizeHandler(connectPath, configuration, namespaces, hub, parts);
		this.packets = new EngineIoPacketHandler(configuration, namespaces, jsonSupport, parts, sessions, flows);
		this.polling = new PacedPollingTransport(new PacketDecoder(jsonSupport, parts.ackManager()), this.authorize,
				parts.clientsBox(), this.packets, flows, sessions);
		this.websocket = new FrameAwareWebSocketTransport(configuration.getKeyStore() != null, this.authorize,
				configuration, parts, sessions);
		this.encoder = new EngineIoEncoder(configuration, parts.clientsBox());
	}

	/**
	 * Start netty-socketio's channel initializer with the starter's scheduler and registry of
	 * sessions, and create the protocol handlers that take the place of its own.
	 * @param initializer netty-socketio's channel initializer, not started
	 * @param configuration the server's configuration
	 * @param namespaces the server's namespaces
	 * @param jsonSupport the JSON support
	 * @param connectTimeout how long a session may stay without connecting to a namespace
	 * @param flowControl keeps each client within its limits
	 * @param startInitializer starts the initializer (netty-socketio's {@code start})
	 * @return the protocol handlers
	 */
	public static EngineIoProtocol start(SocketIOChannelInitializer initializer, Configuration configuration,
			NamespacesHub namespaces, SocketIoJsonSupport jsonSupport, Duration connectTimeout,
			ClientFlowControl flowControl, Runnable startInitializer) {
		FineGrainedScheduler scheduler = new FineGrainedScheduler();
		NettySocketIoParts.useScheduler(initializer, scheduler);
		ClientFlows flows = new ClientFlows(flowControl, new PacketEncoding(configuration, jsonSupport),
				waterMark(configuration), scheduler);
		NettySocketIoParts.useClientsBox(initializer, new FlowControlledClientsBox(flows));
		startInitializer.run();
		EngineIoProtocol protocol = new EngineIoProtocol(initializer, configuration, namespaces, jsonSupport,
				connectTimeout, flows);
		flows.bind(protocol.packets, protocol.sessions);
		return protocol;
	}

	/**
	 * The write buffer water marks of client connections: netty-socketio's, when both are
	 * set, otherwise Netty's default (32 and 64 KB).
	 */
	private static WriteBufferWaterMark waterMark(Configuration configuration) {
		SocketConfig socket = configuration.getSocketConfig();
		if (socket.getWriteBufferWaterMarkLow() != -1 && socket.getWriteBufferWaterMarkHigh() != -1) {
			return new WriteBufferWaterMark(socket.getWriteBufferWaterMarkLow(), socket.getWriteBufferWaterMarkHigh());
		}
		return WriteBufferWaterMark.DEFAULT;
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
