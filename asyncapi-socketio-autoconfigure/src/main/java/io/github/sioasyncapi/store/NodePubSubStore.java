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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.store.pubsub.DispatchMessage;
import com.corundumstudio.socketio.store.pubsub.PubSubListener;
import com.corundumstudio.socketio.store.pubsub.PubSubMessage;
import com.corundumstudio.socketio.store.pubsub.PubSubStore;
import com.corundumstudio.socketio.store.pubsub.PubSubType;

/**
 * One node's access to netty-socketio's publish/subscribe store, which
 * <ul>
 * <li>remembers which types it subscribed to, so that all of its listeners can be removed when
 * the server stops: netty-socketio subscribes on every start and never unsubscribes (its
 * Redisson store shuts the whole client down instead), and its {@code unsubscribe} fails for a
 * type without listeners;</li>
 * <li>publishes a copy of each room or namespace broadcast's packet (see {@link Packets}): the
 * packet netty-socketio publishes is the one its I/O threads are encoding for the local
 * clients at the same time, and once they have added binary attachments to it, it cannot be
 * serialized.</li>
 * </ul>
 */
final class NodePubSubStore implements PubSubStore {

	private final PubSubStore delegate;

	private final Set<PubSubType> subscribed = ConcurrentHashMap.newKeySet();

	NodePubSubStore(PubSubStore delegate) {
		this.delegate = delegate;
	}

	@Override
	public void publish(PubSubType type, PubSubMessage message) {
		PubSubMessage published = (message instanceof DispatchMessage dispatch)
				? new DispatchMessage(dispatch.getRoom(), Packets.copy(dispatch.getPacket(), EngineIOVersion.UNKNOWN),
						dispatch.getNamespace())
				: message;
		this.delegate.publish(type, published);
	}

	@Override
	public <T extends PubSubMessage> void subscribe(PubSubType type, PubSubListener<T> listener, Class<T> messageClass) {
		this.delegate.subscribe(type, listener, messageClass);
		this.subscribed.add(type);
	}

	@Override
	public void unsubscribe(PubSubType type) {
		if (this.subscribed.remove(type)) {
			this.delegate.unsubscribe(type);
		}
	}

	/**
	 * Remove every listener this store added.
	 */
	void unsubscribeAll() {
		for (PubSubType type : PubSubType.values()) {
			unsubscribe(type);
		}
	}

	/**
	 * Whether any listener is registered.
	 * @return {@code true} while subscribed to at least one type
	 */
	boolean isSubscribed() {
		return !this.subscribed.isEmpty();
	}

	@Override
	public void shutdown() {
		this.delegate.shutdown();
	}

}
