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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.AckCallback;
import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.namespace.Namespace;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.AckArgs;
import com.corundumstudio.socketio.protocol.ConnPacket;
import com.corundumstudio.socketio.protocol.Event;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import com.corundumstudio.socketio.scheduler.SchedulerKey;
import com.corundumstudio.socketio.store.pubsub.ConnectMessage;
import com.corundumstudio.socketio.store.pubsub.PubSubType;
import com.corundumstudio.socketio.transport.NamespaceClient;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.server.protocol.ClientFlow.HeldMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads the Engine.IO and Socket.IO packets of a session and acts on them, in place of
 * netty-socketio's {@code InPacketHandler}, {@code PacketDecoder} and {@code PacketListener},
 * which:
 * <ul>
 * <li>handled events of a namespace the client had not connected to, or whose connect guard
 * had refused it (the client was added to the namespace before its guard ran); here any packet
 * for a namespace the client is not connected to closes the session, as Socket.IO does;</li>
 * <li>read malformed packets as something else ({@code 4abc} as a disconnect); here they close
 * the session, as Socket.IO does;</li>
 * <li>turned binary attachments into base64 strings; here they reach handlers as
 * {@code byte[]};</li>
 * <li>looked pong packets up in the main namespace, so a client that had left {@code /} but
 * stayed in another namespace timed out; here Engine.IO packets belong to the session;</li>
 * <li>answered an unknown namespace's connect with an error without message, left a poll
 * unanswered after a close packet or an upgrade, and ran the main namespace's connect guards
 * only when auth data was sent;</li>
 * <li>read everything a client sent, however far behind its handlers were; here a session
 * whose {@link ClientFlow} is paused is not read: the packets already read are held, in order,
 * the websocket is not read further and a long-polling {@code POST} is answered only once its
 * last packet is read.</li>
 * </ul>
 * Event packets whose payload is an array but not a valid event are still delivered (as
 * {@link SocketIoJsonSupport#MALFORMED_EVENT}), so that the client gets an error ack.
 */
@Sharable
final class EngineIoPacketHandler extends SimpleChannelInboundHandler<PacketsMessage> {

	private static final Log logger = LogFactory.getLog(EngineIoPacketHandler.class);

	private static final char SEPARATOR = '\u001e';

	private static final Map<String, Object> INVALID_NAMESPACE = Map.of("message", "Invalid namespace");

	private final Configuration configuration;

	private final NamespacesHub namespaces;

	private final SocketIoJsonSupport jsonSupport;

	private final NettySocketIoParts parts;

	private final EngineIoSessions sessions;

	private final ClientFlows flows;

	EngineIoPacketHandler(Configuration configuration, NamespacesHub namespaces, SocketIoJsonSupport jsonSupport,
			NettySocketIoParts parts, EngineIoSessions sessions, ClientFlows flows) {
		this.configuration = configuration;
		this.namespaces = namespaces;
		this.jsonSupport = jsonSupport;
		this.parts = parts;
		this.sessions = sessions;
		this.flows = flows;
	}

	/**
	 * Read a websocket message, or hold it while the session is not read (long-polling
	 * {@code POST}s come through {@link #readPost}).
	 */
	@Override
	protected void channelRead0(ChannelHandlerContext ctx, PacketsMessage message) {
		ClientHead client = message.getClient();
		Channel channel = ctx.channel();
		boolean binary = message instanceof BinaryFrameMessage;
		ClientFlow flow = this.flows.get(client);
		if (flow != null) {
			flow.websocket(channel);
			if (flow.mustHoldMessage()) {
				if (flow.hold(channel, message.getContent(), binary)) {
					channel.eventLoop().execute(() -> readHeldMessages(flow, channel));
				}
				return;
			}
		}
		readMessage(channel, client, message.getContent(), binary);
	}

	private void readMessage(Channel channel, ClientHead client, ByteBuf content, boolean binary) {
		if (binary) {
			onBinary(client, ByteBufUtil.getBytes(content));
		}
		else {
			onText(channel, client, Transport.WEBSOCKET, content.toString(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Read the packets of a long-polling {@code POST} (packets separated by a record
	 * separator, binary ones in base64) as far as the session may be read now; the rest is
	 * held until it may be read again, and the {@code POST} is answered then.
	 * @param channel the connection of the {@code POST}
	 * @param client the session
	 * @param payload the body of the {@code POST}
	 * @return {@code true} if every packet was read and the {@code POST} may be answered
	 */
	boolean readPost(Channel channel, ClientHead client, String payload) {
		ClientFlow flow = this.flows.get(client);
		return readPayload(channel, client, flow, payload);
	}

	private boolean readPayload(Channel channel, ClientHead client, @Nullable ClientFlow flow, String payload) {
		int start = 0;
		while (start <= payload.length() && client.isConnected()) {
			if (flow != null && flow.isPaused()) {
				if (flow.holdPost(channel, payload.substring(start))) {
					channel.eventLoop().execute(() -> readHeldPost(flow, channel));
				}
				return false;
			}
			int separator = payload.indexOf(SEPARATOR, start);
			int end = (separator >= 0) ? separator : payload.length();
			String packet = payload.substring(start, end);
			if (packet.startsWith("b")) {
				onBase64(client, packet.substring(1));
			}
			else {
				onText(channel, client, Transport.POLLING, packet);
			}
			start = end + 1;
		}
		return true;
	}

	/**
	 * Apply a change of whether a session is read to its connections, on their event loops:
	 * read what was held while it was not, then read the websocket again or answer the held
	 * {@code POST}; or stop reading the websocket.
	 * @param flow the session's flow
	 */
	void readingChanged(ClientFlow flow) {
		Channel websocket = flow.websocket();
		if (websocket != null) {
			websocket.eventLoop().execute(() -> readHeldMessages(flow, websocket));
		}
		Channel post = flow.heldPostChannel();
		if (post != null) {
			post.eventLoop().execute(() -> readHeldPost(flow, post));
		}
	}

	private void readHeldMessages(ClientFlow flow, Channel channel) {
		ClientHead client = flow.client();
		HeldMessage message;
		while (!flow.isPaused() && (message = flow.nextHeldMessage()) != null) {
			try {
				// a probe's websocket may close while the session goes on polling: what it sent is void
				if (client.isConnected() && channel.isActive()) {
					readMessage(channel, client, message.content(), message.binary());
				}
			}
			finally {
				message.content().release();
			}
		}
		channel.config().setAutoRead(!flow.mustHoldMessage());
	}

	private void readHeldPost(ClientFlow flow, Channel channel) {
		if (flow.isPaused()) {
			return;
		}
		String rest = flow.takeHeldPost();
		if (rest != null && readPayload(channel, flow.client(), flow, rest)) {
			flow.endPost();
			PacedPollingTransport.answer(channel, flow.client());
			channel.config().setAutoRead(true);
		}
	}

	private void onBase64(ClientHead client, String base64) {
		byte[] bytes;
		try {
			// lenient, as Socket.IO's decoder is: some clients end the base64 with a line break
			bytes = Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			protocolError(client, "invalid base64 binary packet");
			return;
		}
		onBinary(client, bytes);
	}

	private void onText(Channel channel, ClientHead client, Transport transport, String packet) {
		if (packet.isEmpty()) {
			protocolError(client, "empty packet");
			return;
		}
		switch (packet.charAt(0)) {
			case '1' -> this.sessions.closedByClient(client, transport, channel);
			case '2' -> onPing(channel, client, transport, packet.substring(1));
			case '3' -> client.schedulePingTimeout();
			case '4' -> {
				client.schedulePingTimeout();
				onMessage(client, packet.substring(1));
			}
			case '5' -> onUpgrade(client, transport);
			case '6' -> {
				// noop
			}
			default -> protocolError(client, "unknown Engine.IO packet type");
		}
	}

	private void onPing(Channel channel, ClientHead client, Transport transport, String data) {
		Packet pong = new Packet(PacketType.PONG, client.getEngineIOVersion());
		pong.setData(data);
		client.send(pong, transport);
		if ("probe".equals(data) && transport == Transport.WEBSOCKET) {
			// release the waiting poll (and later ones), so that the client can pause polling and upgrade
			this.sessions.probed(client, channel);
		}
	}

	private void onUpgrade(ClientHead client, Transport transport) {
		if (transport != Transport.WEBSOCKET) {
			protocolError(client, "upgrade packet over polling");
			return;
		}
		this.parts.scheduler().cancel(new SchedulerKey(SchedulerKey.Type.UPGRADE_TIMEOUT, client.getSessionId()));
		client.schedulePingTimeout();
		client.upgradeCurrentTransport(Transport.WEBSOCKET);
		// a poll that came after the probe would wait forever: nothing is sent to polling now
		this.sessions.upgraded(client);
	}

	private void onMessage(ClientHead client, String content) {
		SocketIoPacket packet = SocketIoPacket.parse(content);
		if (packet == null) {
			protocolError(client, "invalid Socket.IO packet");
			return;
		}
		if (client.getLastBinaryPacket() != null) {
			protocolError(client, "packet while binary attachments were expected");
			return;
		}
		Namespace namespace = this.namespaces.get(packet.namespace());
		NamespaceClient namespaceClient = (namespace != null) ? client.getChildClient(namespace) : null;
		if (packet.type() == PacketType.CONNECT) {
			if (namespace == null) {
				send(client, PacketType.ERROR, packet.namespace(), INVALID_NAMESPACE);
			}
			else if (namespaceClient != null) {
				protocolError(client, "second connect to " + namespace.getName());
			}
			else {
				connect(client, namespace, packet);
			}
			return;
		}
		if (namespace == null || namespaceClient == null) {
			protocolError(client, "packet for a namespace the client is not connected to");
			return;
		}
		if (packet.type() == PacketType.DISCONNECT) {
			namespaceClient.onDisconnect();
		}
		else if (packet.hasAttachments()) {
			Packet pending = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
			pending.setSubType(packet.type());
			pending.setNsp(packet.namespace());
			pending.setAckId(packet.ackId());
			pending.setDataSource(Unpooled.wrappedBuffer(packet.payload().getBytes(StandardCharsets.UTF_8)));
			pending.initAttachments(packet.attachments());
			client.setLastBinaryPacket(pending);
		}
		else {
			dispatch(client, namespace, namespaceClient, packet.type(), packet.ackId(),
					packet.payload().getBytes(StandardCharsets.UTF_8), List.of());
		}
	}

	private void onBinary(ClientHead client, byte[] attachment) {
		Packet pending = client.getLastBinaryPacket();
		if (pending == null) {
			protocolError(client, "binary data without a packet");
			return;
		}
		pending.addAttachment(Unpooled.wrappedBuffer(attachment));
		if (!pending.isAttachmentsLoaded()) {
			return;
		}
		client.setLastBinaryPacket(null);
		Namespace namespace = this.namespaces.get(pending.getNsp());
		NamespaceClient namespaceClient = (namespace != null) ? client.getChildClient(namespace) : null;
		if (namespace == null || namespaceClient == null) {
			protocolError(client, "packet for a namespace the client is not connected to");
			return;
		}
		List<byte[]> attachments = new ArrayList<>(pending.getAttachments().size());
		pending.getAttachments().forEach((buffer) -> attachments.add(ByteBufUtil.getBytes(buffer)));
		dispatch(client, namespace, namespaceClient, pending.getSubType(), pending.getAckId(),
				ByteBufUtil.getBytes(pending.getDataSource()), attachments);
	}

	/**
	 * Admit a client to a namespace: its connect guards (netty-socketio's auth token
	 * listeners) run with the auth data, or an empty object when none was sent, before the
	 * client is added to the namespace; a refused client is never added.
	 */
	private void connect(ClientHead client, Namespace namespace, SocketIoPacket packet) {
		Object auth;
		try {
			auth = packet.payload().isEmpty() ? Map.of()
					: this.jsonSupport.getMapper().readValue(packet.payload(), Map.class);
		}
		catch (JacksonException ex) {
			protocolError(client, "connect packet with invalid auth data");
			return;
		}
		client.getHandshakeData().setAuthToken(auth);
		// netty-socketio's auth token listeners take a namespace client: a candidate one, that
		// joins the namespace only if admitted
		NamespaceClient candidate = new NamespaceClient(client, namespace);
		AuthTokenResult verdict = namespace.onAuthData(candidate, auth);
		if (!verdict.isSuccess()) {
			namespace.onDisconnect(candidate);
			send(client, PacketType.ERROR, packet.namespace(), verdict.getErrorData());
			return;
		}
		NamespaceClient namespaceClient = client.addNamespaceClient(namespace);
		send(client, PacketType.CONNECT, packet.namespace(), new ConnPacket(client.getSessionId()));
		if (Namespace.DEFAULT_NAME.equals(namespace.getName())) {
			this.configuration.getStoreFactory().pubSubStore().publish(PubSubType.CONNECT,
					new ConnectMessage(client.getSessionId()));
		}
		namespace.onConnect(namespaceClient);
	}

	private void dispatch(ClientHead client, Namespace namespace, NamespaceClient namespaceClient, PacketType type,
			@Nullable Long ackId, byte[] payload, List<byte[]> attachments) {
		Packet packet = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
		packet.setSubType(type);
		packet.setNsp(namespace.getName());
		packet.setAckId(ackId);
		if (type == PacketType.EVENT || type == PacketType.BINARY_EVENT) {
			if (ackId != null) {
				this.parts.ackManager().initAckIndex(client.getSessionId(), ackId);
			}
			Event event = this.jsonSupport.readEvent(namespace.getName(), payload, attachments);
			packet.setName(event.getName());
			packet.setData(event.getArgs());
			namespace.onEvent(namespaceClient, event.getName(), event.getArgs(), new AckRequest(packet, namespaceClient));
			return;
		}
		AckCallback<?> callback = this.parts.ackManager().getCallback(client.getSessionId(), ackId);
		if (callback == null) {
			// not waited for (any more): timed out, or never asked
			return;
		}
		AckArgs args;
		try {
			args = this.jsonSupport.readAckArgs(payload, attachments, callback);
		}
		catch (RuntimeException ex) {
			protocolError(client, "invalid acknowledgement packet");
			return;
		}
		packet.setData(args.getArgs());
		this.parts.ackManager().onAck(namespaceClient, packet);
	}

	private static void send(ClientHead client, PacketType type, String namespace, @Nullable Object data) {
		Packet packet = new Packet(PacketType.MESSAGE, client.getEngineIOVersion());
		packet.setSubType(type);
		packet.setNsp(namespace);
		packet.setData(data);
		client.send(packet);
	}

	private void protocolError(ClientHead client, String problem) {
		if (logger.isDebugEnabled()) {
			logger.debug("Closing Socket.IO session " + client.getSessionId() + ": " + problem);
		}
		client.setLastBinaryPacket(null);
		this.sessions.close(client);
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
		if (!this.configuration.getExceptionListener().exceptionCaught(ctx, cause)) {
			super.exceptionCaught(ctx, cause);
		}
	}

}
