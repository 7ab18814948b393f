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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.DisconnectableHub;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import com.corundumstudio.socketio.scheduler.SchedulerKey;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import org.jspecify.annotations.Nullable;

/**
 * Ends Engine.IO sessions. netty-socketio forgets a session only when its last namespace
 * disconnects, so a session that never connected to a namespace stayed registered forever
 * after a ping timeout or a close; here every ending session is forgotten, and a session in no
 * namespace is ended after the connect timeout.
 */
final class EngineIoSessions {

	private final DisconnectableHub hub;

	private final NettySocketIoParts parts;

	private final Duration connectTimeout;

	private final Duration upgradeTimeout;

	private final Map<UUID, Channel> polls = new ConcurrentHashMap<>();

	private final Set<UUID> upgrading = ConcurrentHashMap.newKeySet();

	EngineIoSessions(DisconnectableHub hub, NettySocketIoParts parts, Duration connectTimeout,
			Duration upgradeTimeout) {
		this.hub = hub;
		this.parts = parts;
		this.connectTimeout = connectTimeout;
		this.upgradeTimeout = upgradeTimeout;
	}

	/**
	 * End the session if it is in no namespace after the connect timeout (Socket.IO's
	 * {@code connectTimeout}), or forget it if it ended meanwhile.
	 * @param client a session in no namespace
	 */
	void awaitConnect(ClientHead client) {
		this.parts.scheduler().schedule(() -> {
			if (this.parts.clientsBox().get(client.getSessionId()) == client && client.getNamespaces().isEmpty()) {
				if (client.isConnected()) {
					close(client);
				}
				else {
					forget(client);
				}
			}
		}, this.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Note the connection of a session's latest poll.
	 * @param client the session
	 * @param channel the connection the poll came on
	 * @return the connection of an earlier poll that is still waiting for its answer, if any
	 */
	@Nullable Channel poll(ClientHead client, Channel channel) {
		Channel previous = this.polls.put(client.getSessionId(), channel);
		boolean waiting = previous != null && previous != channel && previous.isActive()
				&& previous.attr(EncoderHandler.WRITE_ONCE).get() == null;
		return waiting ? previous : null;
	}

	/**
	 * Note that the session's client probed a websocket and will upgrade to it: its waiting
	 * poll is answered with a noop packet now, and so is every poll until the upgrade (as
	 * Engine.IO's server does), so that the client can pause polling. A poll the client sent
	 * before the probe may reach the server after it, on another connection; held until the
	 * next ping, it would delay the upgrade by a whole ping interval. When the probing
	 * websocket closes before the upgrade, polls are held again.
	 * <p>The upgrade timeout is replaced by one that closes only the probing websocket, as
	 * Engine.IO does: netty-socketio's ended the whole session, although the client goes on
	 * polling when its probe fails.
	 * @param client the session
	 * @param websocket the connection the probe came on
	 */
	void probed(ClientHead client, Channel websocket) {
		UUID session = client.getSessionId();
		if (this.upgrading.add(session)) {
			websocket.closeFuture().addListener((closed) -> this.upgrading.remove(session));
		}
		this.parts.scheduler().schedule(new SchedulerKey(SchedulerKey.Type.UPGRADE_TIMEOUT, session), () -> {
			if (client.getCurrentTransport() != Transport.WEBSOCKET) {
				websocket.close();
			}
		}, this.upgradeTimeout.toMillis(), TimeUnit.MILLISECONDS);
		releasePoll(client);
	}

	/**
	 * Whether a closing websocket only probed a session that goes on polling, so that the
	 * session must not end with it (netty-socketio ended it).
	 * @param client the session of the websocket
	 * @param websocket the closing websocket
	 * @return {@code true} if the session is connected and was not upgraded
	 */
	boolean isProbe(ClientHead client, Channel websocket) {
		return client.isConnected() && client.getCurrentTransport() == Transport.POLLING
				&& client.isTransportChannel(websocket, Transport.WEBSOCKET);
	}

	/**
	 * Note that the session upgraded: polls of the session are over, a waiting one is answered.
	 * @param client the session
	 */
	void upgraded(ClientHead client) {
		this.upgrading.remove(client.getSessionId());
		releasePoll(client);
	}

	/**
	 * Answer a poll that just arrived with a noop packet if the session is upgrading. Called
	 * after the poll is {@linkplain #poll noted}; {@link #probed} notes the upgrade before it
	 * looks for the poll, so one of the two answers a poll whatever their order.
	 * @param client the session
	 */
	void releasePollIfUpgrading(ClientHead client) {
		if (this.upgrading.contains(client.getSessionId())) {
			releasePoll(client);
		}
	}

	/**
	 * Answer the session's waiting poll, if any, with a noop packet, without going through
	 * its packet queue (which an upgraded session shares with its websocket).
	 * @param client the session
	 */
	private void releasePoll(ClientHead client) {
		Channel poll = this.polls.get(client.getSessionId());
		if (poll != null && poll.isActive()) {
			poll.writeAndFlush(EngineIoEncoder.RELEASE_POLL);
		}
	}

	/**
	 * Forget what is kept about a session that netty-socketio forgot.
	 * @param client the session
	 */
	void ended(ClientHead client) {
		this.polls.remove(client.getSessionId());
		this.upgrading.remove(client.getSessionId());
	}

	/**
	 * End a session on the server's initiative (a protocol error, the connect timeout): the
	 * client gets a close packet and its websocket, if any, is closed.
	 * @param client the session
	 */
	void close(ClientHead client) {
		if (client.isConnected()) {
			Transport transport = client.getCurrentTransport();
			ChannelFuture sent = client.send(new Packet(PacketType.CLOSE, client.getEngineIOVersion()), transport);
			if (sent != null && transport == Transport.WEBSOCKET) {
				// the encoder sends the close frame
				sent.addListener(ChannelFutureListener.CLOSE);
			}
		}
		end(client);
	}

	/**
	 * End a slow consumer's session at once: its connections are closed without waiting for
	 * what it did not read (no close packet, no close frame), and its namespaces disconnect.
	 * @param client the session
	 * @param connections its websocket and the connection of a held {@code POST}, if any
	 */
	void evict(ClientHead client, @Nullable Channel... connections) {
		for (Channel connection : connections) {
			if (connection != null) {
				EngineIoEncoder.closeNow(connection);
			}
		}
		Channel poll = this.polls.get(client.getSessionId());
		if (poll != null) {
			EngineIoEncoder.closeNow(poll);
		}
		end(client);
	}

	/**
	 * End a session on the client's close packet: a pending poll is answered with a noop
	 * packet, a websocket is closed.
	 * @param client the session
	 * @param transport the transport the close packet came on
	 * @param channel the channel it came on
	 */
	void closedByClient(ClientHead client, Transport transport, Channel channel) {
		if (transport == Transport.POLLING) {
			client.send(new Packet(PacketType.NOOP, client.getEngineIOVersion()), Transport.POLLING);
		}
		else {
			channel.close();
		}
		end(client);
	}

	/**
	 * Forget a session that ended already (a ping timeout) without a namespace.
	 * @param client the session
	 */
	void forget(ClientHead client) {
		if (client.getNamespaces().isEmpty()) {
			this.hub.onDisconnect(client);
		}
	}

	private void end(ClientHead client) {
		boolean withoutNamespaces = client.getNamespaces().isEmpty();
		// disconnects the namespaces; the last one makes netty-socketio forget the session
		client.onChannelDisconnect();
		if (withoutNamespaces) {
			this.hub.onDisconnect(client);
		}
	}

}
