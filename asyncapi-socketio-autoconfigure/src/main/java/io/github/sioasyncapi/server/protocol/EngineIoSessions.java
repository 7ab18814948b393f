package io.github.sioasyncapi.server.protocol;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.DisconnectableHub;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
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

	private final Map<UUID, Channel> polls = new ConcurrentHashMap<>();

	EngineIoSessions(DisconnectableHub hub, NettySocketIoParts parts, Duration connectTimeout) {
		this.hub = hub;
		this.parts = parts;
		this.connectTimeout = connectTimeout;
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
	 * Answer the session's waiting poll, if any, with a noop packet, without going through
	 * its packet queue (which an upgraded session shares with its websocket).
	 * @param client the session
	 */
	void releasePoll(ClientHead client) {
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
