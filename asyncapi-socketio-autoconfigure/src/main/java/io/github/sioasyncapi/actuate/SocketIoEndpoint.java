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

package io.github.sioasyncapi.actuate;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.namespace.Namespace;
import io.github.sioasyncapi.handler.EmitDeclaration;
import io.github.sioasyncapi.handler.NamespaceHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerMethod;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.observe.EventStatistics;
import io.github.sioasyncapi.observe.EventStatistics.EventCounts;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import io.github.sioasyncapi.server.protocol.ClientLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.core.ResolvableType;

/**
 * The {@code socketio} Actuator endpoint: the server's state with its clients' flow control
 * (limits, events waiting for handlers and data waiting to be sent, summed up over the clients,
 * and slow consumers evicted), and per namespace the connected clients, rooms, handlers,
 * declared emits and event counters. It shows no payloads and no auth
 * data, and client addresses only with {@code socketio.actuator.show-clients=true}.
 * {@code /actuator/socketio/{namespace}} shows one namespace ({@code root} for {@code "/"},
 * otherwise the name without the slash). Its JSON does not depend on the application's Jackson
 * settings.
 *
 * @since 0.1.0
 */
@Endpoint(id = "socketio")
public class SocketIoEndpoint {

	private final SocketIOServer server;

	private final SocketIoServerLifecycle lifecycle;

	private final SocketIoHandlerRegistry registry;

	private final EventStatistics statistics;

	private final ClientFlowControl flowControl;

	private final boolean showClients;

	/**
	 * Create the endpoint.
	 * @param server the server
	 * @param lifecycle the server's lifecycle
	 * @param registry the handlers
	 * @param statistics the event counters
	 * @param flowControl the flow control of the clients
	 * @param showClients whether to list clients with their addresses
	 */
	public SocketIoEndpoint(SocketIOServer server, SocketIoServerLifecycle lifecycle, SocketIoHandlerRegistry registry,
			EventStatistics statistics, ClientFlowControl flowControl, boolean showClients) {
		this.server = server;
		this.lifecycle = lifecycle;
		this.registry = registry;
		this.statistics = statistics;
		this.flowControl = flowControl;
		this.showClients = showClients;
	}

	/**
	 * The state of the server and of every namespace.
	 * @return the descriptor
	 */
	@ReadOperation
	public SocketIoDescriptor socketIo() {
		Map<String, NamespaceDescriptor> namespaces = new LinkedHashMap<>();
		for (String name : namespaceNames()) {
			namespaces.put(name, describe(name));
		}
		return new SocketIoDescriptor(describeServer(), namespaces);
	}

	/**
	 * The state of one namespace.
	 * @param namespace {@code root} for {@code "/"}, otherwise the namespace without its slash
	 * @return the descriptor, or {@code null} (404) for an unknown namespace
	 */
	@ReadOperation
	public @Nullable NamespaceDescriptor namespace(@Selector String namespace) {
		String name = "root".equals(namespace) ? "/" : (namespace.startsWith("/") ? namespace : "/" + namespace);
		return namespaceNames().contains(name) ? describe(name) : null;
	}

	private Set<String> namespaceNames() {
		Set<String> names = new TreeSet<>();
		this.registry.getNamespaces().forEach((handlers) -> names.add(handlers.getName()));
		this.server.getAllNamespaces().forEach((namespace) -> names.add(NamespaceHandlers.toClientName(namespace.getName())));
		return names;
	}

	private ServerDescriptor describeServer() {
		Configuration configuration = this.server.getConfiguration();
		InetSocketAddress address = this.lifecycle.getAddress();
		List<String> transports = configuration.getTransports()
			.stream()
			.map((transport) -> transport.name().toLowerCase(Locale.ROOT))
			.toList();
		return new ServerDescriptor(this.lifecycle.getState().name(), this.lifecycle.isAccepting(),
				(configuration.getHostname() != null) ? configuration.getHostname() : "0.0.0.0",
				(address != null) ? address.getPort() : null, configuration.getContext(), transports,
				StoreTypes.of(configuration.getStoreFactory()), describeClients());
	}

	private ClientsDescriptor describeClients() {
		ClientLimits limits = this.flowControl.getLimits();
		ClientFlowControl.Statistics clients = this.flowControl.getStatistics();
		return new ClientsDescriptor(clients.clients(), clients.pausedClients(),
				new Amount(clients.pendingEvents(), clients.maxPendingEvents(), limits.maxPendingEvents()),
				new Amount(clients.outboundBytes(), clients.maxOutboundBytes(), limits.maxOutboundBytes()),
				limits.outboundHardLimitBytes(), limits.slowConsumerTimeout().toMillis(), clients.evicted());
	}

	private NamespaceDescriptor describe(String name) {
		SocketIONamespace namespace = this.server.getNamespace(NamespaceHandlers.toServerName(name));
		Collection<SocketIOClient> clients = (namespace != null) ? namespace.getAllClients() : List.of();
		NamespaceHandlers handlers = this.registry.getNamespace(name);
		List<HandlerDescriptor> events = new ArrayList<>();
		List<HandlerDescriptor> connects = new ArrayList<>();
		List<HandlerDescriptor> disconnects = new ArrayList<>();
		List<EmitDescriptor> emits = new ArrayList<>();
		if (handlers != null) {
			handlers.getEvents().values().forEach((handler) -> events.add(describe(handler)));
			handlers.getConnectHandlers().forEach((handler) -> connects.add(describe(handler)));
			handlers.getDisconnectHandlers().forEach((handler) -> disconnects.add(describe(handler)));
			handlers.getEmits().values().forEach((emit) -> emits.add(describe(emit)));
		}
		return new NamespaceDescriptor(name, clients.size(), rooms(namespace), events, connects, disconnects, emits,
				this.statistics.getCounts(name), this.statistics.getRefusedConnects(name),
				this.showClients ? clients.stream().map(SocketIoEndpoint::describe).toList() : null);
	}

	private static Map<String, Integer> rooms(@Nullable SocketIONamespace namespace) {
		Map<String, Integer> rooms = new TreeMap<>();
		if (namespace instanceof Namespace nettyNamespace) {
			for (String room : nettyNamespace.getRooms()) {
				if (!room.equals(nettyNamespace.getName())) {
					int members = 0;
					for (SocketIOClient ignored : nettyNamespace.getRoomClients(room)) {
						members++;
					}
					rooms.put(room, members);
				}
			}
		}
		return rooms;
	}

	private static HandlerDescriptor describe(SocketIoHandlerMethod handler) {
		List<String> payload = handler.getPayloadParameters()
			.stream()
			.map((parameter) -> parameter.isRemaining() ? typeName(parameter.getArgumentType()) + "..."
					: typeName(parameter.getType()))
			.toList();
		ResolvableType ack = handler.getAckType();
		return new HandlerDescriptor(handler.getEvent(), handler.toString(), payload,
				(ack != null) ? typeName(ack) : null, handler.isConnectGuard());
	}

	private static EmitDescriptor describe(EmitDeclaration emit) {
		return new EmitDescriptor(emit.event(), emit.payloadTypes().stream().map(Class::getSimpleName).toList(),
				(emit.ackType() != null) ? emit.ackType().getSimpleName() : null, emit.declaredBy());
	}

	private static ClientDescriptor describe(SocketIOClient client) {
		Transport transport = client.getTransport();
		return new ClientDescriptor(client.getSessionId().toString(), String.valueOf(client.getRemoteAddress()),
				(transport != null) ? transport.name().toLowerCase(Locale.ROOT) : null,
				new TreeSet<>(client.getAllRooms()));
	}

	/**
	 * A type as a reader expects it: simple names with generics, {@code List<Item>}.
	 */
	static String typeName(ResolvableType type) {
		Class<?> raw = type.resolve();
		if (raw == null) {
			return "?";
		}
		if (raw.isArray()) {
			return typeName(type.getComponentType()) + "[]";
		}
		if (!type.hasGenerics()) {
			return raw.getSimpleName();
		}
		StringBuilder name = new StringBuilder(raw.getSimpleName()).append('<');
		ResolvableType[] generics = type.getGenerics();
		for (int i = 0; i < generics.length; i++) {
			name.append((i > 0) ? ", " : "").append(typeName(generics[i]));
		}
		return name.append('>').toString();
	}

	/**
	 * The server and every namespace.
	 *
	 * @param server the server
	 * @param namespaces the namespaces by name
	 * @since 0.1.0
	 */
	public record SocketIoDescriptor(ServerDescriptor server,
			Map<String, NamespaceDescriptor> namespaces) implements OperationResponseBody {
	}

	/**
	 * The server.
	 *
	 * @param state the lifecycle state
	 * @param accepting whether it accepts connections
	 * @param host the bound host
	 * @param port the bound port, {@code null} when not running
	 * @param path the engine path
	 * @param transports the allowed transports
	 * @param store the session store ({@code memory}, {@code redis})
	 * @param clients the flow control of the clients
	 * @since 0.1.0
	 */
	public record ServerDescriptor(String state, boolean accepting, String host, @Nullable Integer port, String path,
			List<String> transports, String store, ClientsDescriptor clients) {
	}

	/**
	 * The flow control of the clients: what they cost the server now, summed up, against their
	 * limits, and the slow consumers disconnected.
	 *
	 * @param sessions the Engine.IO sessions
	 * @param paused the sessions whose input is not read now, because their events wait for
	 * handlers or their data waits to be sent
	 * @param pendingEvents events accepted and not yet handled
	 * @param outboundBytes data waiting to be sent, in bytes
	 * @param outboundHardLimit unsent bytes at which a client is disconnected at once
	 * @param slowConsumerTimeoutMillis how long a client may stay above the outbound limit
	 * @param evicted slow consumers disconnected since the application started, by reason
	 * @since 0.1.0
	 */
	public record ClientsDescriptor(int sessions, int paused, Amount pendingEvents, Amount outboundBytes,
			long outboundHardLimit, long slowConsumerTimeoutMillis, Map<String, Long> evicted) {
	}

	/**
	 * An amount over all clients.
	 *
	 * @param total all clients together
	 * @param max the client with the most
	 * @param limit the limit of one client
	 * @since 0.1.0
	 */
	public record Amount(long total, long max, long limit) {
	}

	/**
	 * A namespace.
	 *
	 * @param name the namespace
	 * @param connectedClients the number of connected clients
	 * @param rooms the rooms with their member counts
	 * @param handlers the event handlers
	 * @param connectHandlers the connect handlers
	 * @param disconnectHandlers the disconnect handlers
	 * @param emits the declared emits
	 * @param events the event counters by event name
	 * @param refusedConnects the connections refused by connect guards
	 * @param clients the clients, only with {@code socketio.actuator.show-clients=true}
	 * @since 0.1.0
	 */
	public record NamespaceDescriptor(String name, int connectedClients, Map<String, Integer> rooms,
			List<HandlerDescriptor> handlers, List<HandlerDescriptor> connectHandlers,
			List<HandlerDescriptor> disconnectHandlers, List<EmitDescriptor> emits, Map<String, EventCounts> events,
			long refusedConnects, @Nullable List<ClientDescriptor> clients) implements OperationResponseBody {
	}

	/**
	 * A handler method.
	 *
	 * @param event the event
	 * @param method the controller method
	 * @param payload the payload types, one per argument ({@code String...} for the remaining
	 * arguments)
	 * @param ack the ack type, {@code null} for none
	 * @param guard whether it is a connect guard
	 * @since 0.1.0
	 */
	public record HandlerDescriptor(String event, String method, List<String> payload, @Nullable String ack,
			boolean guard) {
	}

	/**
	 * A declared emit.
	 *
	 * @param event the event
	 * @param payload the payload types, one per argument
	 * @param ack the ack type, {@code null} for none
	 * @param declaredBy where it is declared
	 * @since 0.1.0
	 */
	public record EmitDescriptor(String event, List<String> payload, @Nullable String ack, String declaredBy) {
	}

	/**
	 * A connected client.
	 *
	 * @param sessionId the session id
	 * @param remoteAddress the remote address
	 * @param transport the current transport
	 * @param rooms the rooms it joined
	 * @since 0.1.0
	 */
	public record ClientDescriptor(String sessionId, String remoteAddress, @Nullable String transport,
			Set<String> rooms) {
	}

}
