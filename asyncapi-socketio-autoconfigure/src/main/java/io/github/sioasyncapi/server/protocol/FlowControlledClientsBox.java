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
