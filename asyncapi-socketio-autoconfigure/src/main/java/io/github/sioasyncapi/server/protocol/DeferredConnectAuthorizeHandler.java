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
