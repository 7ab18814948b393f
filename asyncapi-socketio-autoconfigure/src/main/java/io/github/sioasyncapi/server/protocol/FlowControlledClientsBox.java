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

import java.lang.reflect.Field;
import java.util.Map;
import java.util.UUID;

import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.handler.TransportState;
import org.springframework.util.ReflectionUtils;

/**
 * netty-socketio's registry of sessions, which also starts and ends their flow control: a new
 * session gets an {@link OutboundQueue} for each transport in place of netty-socketio's
 * unbounded queues, before its first packet (the handshake) is queued. netty-socketio creates
 * sessions with no way to choose their queues; they are replaced reflectively, and a
 * netty-socketio version without them fails at start.
 */
final class FlowControlledClientsBox extends ClientsBox {

	private static final String CHANNELS = "channels";

	private final Field channels;

	private final ClientFlows flows;

	FlowControlledClientsBox(ClientFlows flows) {
		this.flows = flows;
		Field field = ReflectionUtils.findField(ClientHead.class, CHANNELS, Map.class);
		if (field == null) {
			throw new IllegalStateException("netty-socketio's ClientHead has no field '" + CHANNELS
					+ "': this starter supports netty-socketio 2.0.14");
		}
		ReflectionUtils.makeAccessible(field);
		this.channels = field;
	}

	@Override
	public void addClient(ClientHead client) {
		ClientFlow flow = this.flows.open(client);
		@SuppressWarnings("unchecked")
		Map<Transport, TransportState> states = (Map<Transport, TransportState>) ReflectionUtils
			.getField(this.channels, client);
		if (states == null) {
			throw new IllegalStateException("netty-socketio's ClientHead has no transports");
		}
		states.values().forEach((state) -> state.setPacketsQueue(this.flows.newQueue(flow)));
		super.addClient(client);
	}

	@Override
	public ClientHead removeClient(UUID sessionId) {
		ClientHead client = super.removeClient(sessionId);
		if (client != null) {
			this.flows.close(client);
		}
		return client;
	}

}
