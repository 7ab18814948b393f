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

package io.github.sioasyncapi.store;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.namespace.Namespace;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.corundumstudio.socketio.protocol.JsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.store.RedissonStoreFactory;
import com.corundumstudio.socketio.store.pubsub.DispatchMessage;
import com.corundumstudio.socketio.store.pubsub.PubSubStore;
import com.corundumstudio.socketio.store.pubsub.PubSubType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.redisson.api.RedissonClient;

/**
 * netty-socketio's {@link RedissonStoreFactory} with a clear owner for its Redis client.
 * <p>netty-socketio shuts the store factory down when the server stops, and its Redisson
 * store then shuts the client down — including a client that the application shares with
 * other components. This factory instead only removes its own listeners when the server stops
 * (so that a stopped node no longer receives broadcasts, and a restarted one does not receive
 * them twice), and shuts the client down on {@link #close()} only if it created the client.
 * <p>It also publishes room and namespace broadcasts without the state netty-socketio's encoder
 * adds to their packets, and delivers those of other nodes to each local client in a packet of
 * its own, in the client's Engine.IO version: netty-socketio sends the published packet as it
 * is, with the version of the sending node's last local client (none when it had no client in
 * the room), which long-polling clients could not read.
 *
 * @since 0.1.0
 */
public class RedissonSocketIoStoreFactory extends RedissonStoreFactory implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(RedissonSocketIoStoreFactory.class);

	private final RedissonClient redisson;

	private final boolean ownsClient;

	private final NodePubSubStore pubSubStore;

	/**
	 * Create a store factory.
	 * @param redisson the Redis client
	 * @param ownsClient whether the client belongs to this factory, which then shuts it down
	 * when it is closed; {@code false} for a client the application manages
	 */
	public RedissonSocketIoStoreFactory(RedissonClient redisson, boolean ownsClient) {
		super(redisson);
		this.redisson = redisson;
		this.ownsClient = ownsClient;
		this.pubSubStore = new NodePubSubStore(super.pubSubStore());
	}

	@Override
	public void init(NamespacesHub namespacesHub, AuthorizeHandler authorizeHandler, JsonSupport jsonSupport) {
		super.init(namespacesHub, authorizeHandler, jsonSupport);
		this.pubSubStore.unsubscribe(PubSubType.DISPATCH);
		this.pubSubStore.subscribe(PubSubType.DISPATCH, (DispatchMessage message) -> dispatch(namespacesHub, message),
				DispatchMessage.class);
	}

	private static void dispatch(NamespacesHub namespacesHub, DispatchMessage message) {
		Namespace namespace = namespacesHub.get(message.getNamespace());
		if (namespace == null) {
			return;
		}
		Packet packet = message.getPacket();
		for (SocketIOClient client : namespace.getRoomClients(message.getRoom())) {
			client.send(Packets.copy(packet, client.getEngineIOVersion()));
		}
	}

	@Override
	public PubSubStore pubSubStore() {
		return this.pubSubStore;
	}

	/**
	 * Called by netty-socketio when the server stops: removes this node's listeners and leaves
	 * the client open.
	 */
	@Override
	public void shutdown() {
		if (this.redisson.isShuttingDown() || this.redisson.isShutdown()) {
			return;
		}
		try {
			this.pubSubStore.unsubscribeAll();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not remove the Socket.IO store's Redis listeners", ex);
		}
	}

	/**
	 * Remove this node's listeners and, if this factory created the client, shut it down.
	 */
	@Override
	public void close() {
		shutdown();
		if (this.ownsClient && !this.redisson.isShuttingDown() && !this.redisson.isShutdown()) {
			this.redisson.shutdown();
		}
	}

	/**
	 * The Redis client.
	 * @return the client
	 */
	public RedissonClient getRedisson() {
		return this.redisson;
	}

	/**
	 * Whether this factory created its client and shuts it down when it is closed.
	 * @return {@code true} for a client of its own, {@code false} for the application's
	 */
	public boolean ownsClient() {
		return this.ownsClient;
	}

	/**
	 * Whether the server's listeners are registered, from its start until it stops.
	 * @return {@code true} while this node receives what other nodes publish
	 */
	public boolean isSubscribed() {
		return this.pubSubStore.isSubscribed();
	}

	@Override
	public String toString() {
		return "RedissonSocketIoStoreFactory (Redis store, " + (this.ownsClient ? "its own client" : "the application's client")
				+ ")";
	}

}
