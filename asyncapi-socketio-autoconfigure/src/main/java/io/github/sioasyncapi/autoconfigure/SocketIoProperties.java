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

package io.github.sioasyncapi.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.emit.UndeclaredEmitPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Socket.IO server, its handlers and their validation
 * ({@code socketio.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("socketio")
public class SocketIoProperties {

	/**
	 * Whether to run the Socket.IO server with its annotated handlers.
	 */
	private boolean enabled = true;

	private final Server server = new Server();

	private final Executor executor = new Executor();

	private final Validation validation = new Validation();

	private final Json json = new Json();

	private final Actuator actuator = new Actuator();

	private final Security security = new Security();

	/**
	 * Create the properties with their default values.
	 */
	public SocketIoProperties() {
	}

	/**
	 * Return the value of {@code socketio.enabled}.
	 * @return whether to run the Socket.IO server with its annotated handlers
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Set the value of {@code socketio.enabled}.
	 * @param enabled whether to run the Socket.IO server with its annotated handlers
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Return the properties of the netty-socketio server ({@code socketio.server.*}).
	 * @return the server properties
	 */
	public Server getServer() {
		return this.server;
	}

	/**
	 * Return the properties of the executor handlers run on
	 * ({@code socketio.executor.*}).
	 * @return the executor properties
	 */
	public Executor getExecutor() {
		return this.executor;
	}

	/**
	 * Return the properties of the validation of payloads, acknowledgements and emits
	 * ({@code socketio.validation.*}).
	 * @return the validation properties
	 */
	public Validation getValidation() {
		return this.validation;
	}

	/**
	 * Return the properties of how payloads are read from JSON ({@code socketio.json.*}).
	 * @return the JSON properties
	 */
	public Json getJson() {
		return this.json;
	}

	/**
	 * Return the properties of the {@code socketio} Actuator endpoint
	 * ({@code socketio.actuator.*}).
	 * @return the actuator properties
	 */
	public Actuator getActuator() {
		return this.actuator;
	}

	/**
	 * Return the properties of Spring Security for Socket.IO clients
	 * ({@code socketio.security.*}).
	 * @return the security properties
	 */
	public Security getSecurity() {
		return this.security;
	}

	/**
	 * The netty-socketio server.
	 *
	 * @since 0.1.0
	 */
	public static class Server {

		/**
		 * Whether the server starts with the application; false leaves starting it to
		 * SocketIoServerLifecycle#start (the AsyncAPI exporter uses this).
		 */
		private boolean autoStartup = true;

		/**
		 * Address the server binds.
		 */
		private String host = "0.0.0.0";

		/**
		 * Port the server listens on; 0 picks a free port, published as
		 * local.socketio.server.port.
		 */
		private int port = 9092;

		/**
		 * Engine.IO path clients connect to.
		 */
		private String path = "/socket.io";

		/**
		 * Origins allowed to connect when the request has an Origin header, for polling and
		 * websocket alike. Empty allows pages from the same host name on any port; '*'
		 * allows any origin; entries may use '*' wildcards.
		 */
		private List<String> allowedOrigins = new ArrayList<>();

		/**
		 * Largest HTTP body or websocket frame accepted.
		 */
		private DataSize maxPayload = DataSize.ofKilobytes(64);

		/**
		 * Interval between heartbeats.
		 */
		private Duration pingInterval = Duration.ofSeconds(25);

		/**
		 * How long to wait for a heartbeat answer before closing the connection.
		 */
		private Duration pingTimeout = Duration.ofSeconds(20);

		/**
		 * Whether to compress websocket frames (permessage-deflate). Off by default, as in
		 * the Node.js Socket.IO server: compressing small acks costs more than it saves.
		 */
		private boolean websocketCompression = false;

		/**
		 * Whether to compress HTTP long-polling responses.
		 */
		private boolean httpCompression = true;

		/**
		 * Transports clients may use.
		 */
		private List<Transport> transports = new ArrayList<>(List.of(Transport.WEBSOCKET, Transport.POLLING));

		/**
		 * Number of threads accepting connections; 0 lets Netty decide.
		 */
		private int bossThreads = 0;

		/**
		 * Number of Netty I/O threads; 0 lets Netty decide (twice the number of cores).
		 */
		private int workerThreads = 0;

		/**
		 * How long a client may take to upgrade from polling to websocket.
		 */
		private Duration upgradeTimeout = Duration.ofSeconds(10);

		/**
		 * How long a new connection may stay silent before it is closed.
		 */
		private Duration firstDataTimeout = Duration.ofSeconds(5);

		/**
		 * How long a session may stay without connecting to a namespace before it is closed
		 * (Socket.IO's connectTimeout).
		 */
		private Duration connectTimeout = Duration.ofSeconds(45);

		/**
		 * How long to wait for a client's acknowledgement of an emitted event.
		 */
		private Duration ackTimeout = Duration.ofSeconds(10);

		/**
		 * Most events of one client (all its namespaces together) accepted and not yet
		 * handled; at this bound the server stops reading from the client's connection until
		 * its handlers have caught up with half of them.
		 */
		private int maxPendingEvents = 64;

		/**
		 * Most data the server may hold for one client that it has not sent yet; a client
		 * whose unsent data stays above this for longer than slow-consumer-timeout is
		 * disconnected as a slow consumer.
		 */
		private DataSize maxOutboundBuffer = DataSize.ofMegabytes(1);

		/**
		 * Unsent data of one client at which it is disconnected as a slow consumer at once.
		 */
		private DataSize maxOutboundBufferHardLimit = DataSize.ofMegabytes(8);

		/**
		 * How long a client's unsent data may stay above max-outbound-buffer before the
		 * client is disconnected as a slow consumer.
		 */
		private Duration slowConsumerTimeout = Duration.ofSeconds(10);

		/**
		 * How long handlers still running may take to finish and send their acks when the
		 * application stops.
		 */
		private Duration shutdownTimeout = Duration.ofSeconds(10);

		/**
		 * Whether to use Linux's native epoll transport (add
		 * io.netty:netty-transport-native-epoll with the platform's classifier).
		 */
		private boolean useLinuxNativeEpoll = false;

		/**
		 * Whether to disable Nagle's algorithm on client connections.
		 */
		private boolean tcpNoDelay = true;

		/**
		 * Whether to enable TCP keep-alive on client connections.
		 */
		private boolean tcpKeepAlive = false;

		/**
		 * Maximum queue length of incoming connections.
		 */
		private int acceptBackLog = 1024;

		/**
		 * Create the properties with their default values.
		 */
		public Server() {
		}

		/**
		 * Return the value of {@code socketio.server.auto-startup}.
		 * @return whether the server starts with the application; false leaves starting
		 * it to SocketIoServerLifecycle#start (the AsyncAPI exporter uses this)
		 */
		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		/**
		 * Set the value of {@code socketio.server.auto-startup}.
		 * @param autoStartup whether the server starts with the application; false leaves
		 * starting it to SocketIoServerLifecycle#start (the AsyncAPI exporter uses this)
		 */
		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		/**
		 * Return the value of {@code socketio.server.host}.
		 * @return address the server binds
		 */
		public String getHost() {
			return this.host;
		}

		/**
		 * Set the value of {@code socketio.server.host}.
		 * @param host address the server binds
		 */
		public void setHost(String host) {
			this.host = host;
		}

		/**
		 * Return the value of {@code socketio.server.port}.
		 * @return port the server listens on; 0 picks a free port, published as
		 * local.socketio.server.port
		 */
		public int getPort() {
			return this.port;
		}

		/**
		 * Set the value of {@code socketio.server.port}.
		 * @param port port the server listens on; 0 picks a free port, published as
		 * local.socketio.server.port
		 */
		public void setPort(int port) {
			this.port = port;
		}

		/**
		 * Return the value of {@code socketio.server.path}.
		 * @return Engine.IO path clients connect to
		 */
		public String getPath() {
			return this.path;
		}

		/**
		 * Set the value of {@code socketio.server.path}.
		 * @param path Engine.IO path clients connect to
		 */
		public void setPath(String path) {
			this.path = path;
		}

		/**
		 * Return the value of {@code socketio.server.allowed-origins}.
		 * @return origins allowed to connect when the request has an Origin header, for
		 * polling and websocket alike
		 */
		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		/**
		 * Set the value of {@code socketio.server.allowed-origins}.
		 * @param allowedOrigins origins allowed to connect when the request has an Origin
		 * header, for polling and websocket alike
		 */
		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		/**
		 * Return the value of {@code socketio.server.max-payload}.
		 * @return largest HTTP body or websocket frame accepted
		 */
		public DataSize getMaxPayload() {
			return this.maxPayload;
		}

		/**
		 * Set the value of {@code socketio.server.max-payload}.
		 * @param maxPayload largest HTTP body or websocket frame accepted
		 */
		public void setMaxPayload(DataSize maxPayload) {
			this.maxPayload = maxPayload;
		}

		/**
		 * Return the value of {@code socketio.server.ping-interval}.
		 * @return interval between heartbeats
		 */
		public Duration getPingInterval() {
			return this.pingInterval;
		}

		/**
		 * Set the value of {@code socketio.server.ping-interval}.
		 * @param pingInterval interval between heartbeats
		 */
		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		/**
		 * Return the value of {@code socketio.server.ping-timeout}.
		 * @return how long to wait for a heartbeat answer before closing the connection
		 */
		public Duration getPingTimeout() {
			return this.pingTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.ping-timeout}.
		 * @param pingTimeout how long to wait for a heartbeat answer before closing the
		 * connection
		 */
		public void setPingTimeout(Duration pingTimeout) {
			this.pingTimeout = pingTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.websocket-compression}.
		 * @return whether to compress websocket frames (permessage-deflate)
		 */
		public boolean isWebsocketCompression() {
			return this.websocketCompression;
		}

		/**
		 * Set the value of {@code socketio.server.websocket-compression}.
		 * @param websocketCompression whether to compress websocket frames
		 * (permessage-deflate)
		 */
		public void setWebsocketCompression(boolean websocketCompression) {
			this.websocketCompression = websocketCompression;
		}

		/**
		 * Return the value of {@code socketio.server.http-compression}.
		 * @return whether to compress HTTP long-polling responses
		 */
		public boolean isHttpCompression() {
			return this.httpCompression;
		}

		/**
		 * Set the value of {@code socketio.server.http-compression}.
		 * @param httpCompression whether to compress HTTP long-polling responses
		 */
		public void setHttpCompression(boolean httpCompression) {
			this.httpCompression = httpCompression;
		}

		/**
		 * Return the value of {@code socketio.server.transports}.
		 * @return transports clients may use
		 */
		public List<Transport> getTransports() {
			return this.transports;
		}

		/**
		 * Set the value of {@code socketio.server.transports}.
		 * @param transports transports clients may use
		 */
		public void setTransports(List<Transport> transports) {
			this.transports = transports;
		}

		/**
		 * Return the value of {@code socketio.server.boss-threads}.
		 * @return number of threads accepting connections; 0 lets Netty decide
		 */
		public int getBossThreads() {
			return this.bossThreads;
		}

		/**
		 * Set the value of {@code socketio.server.boss-threads}.
		 * @param bossThreads number of threads accepting connections; 0 lets Netty decide
		 */
		public void setBossThreads(int bossThreads) {
			this.bossThreads = bossThreads;
		}

		/**
		 * Return the value of {@code socketio.server.worker-threads}.
		 * @return number of Netty I/O threads; 0 lets Netty decide (twice the number of
		 * cores)
		 */
		public int getWorkerThreads() {
			return this.workerThreads;
		}

		/**
		 * Set the value of {@code socketio.server.worker-threads}.
		 * @param workerThreads number of Netty I/O threads; 0 lets Netty decide (twice
		 * the number of cores)
		 */
		public void setWorkerThreads(int workerThreads) {
			this.workerThreads = workerThreads;
		}

		/**
		 * Return the value of {@code socketio.server.upgrade-timeout}.
		 * @return how long a client may take to upgrade from polling to websocket
		 */
		public Duration getUpgradeTimeout() {
			return this.upgradeTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.upgrade-timeout}.
		 * @param upgradeTimeout how long a client may take to upgrade from polling to
		 * websocket
		 */
		public void setUpgradeTimeout(Duration upgradeTimeout) {
			this.upgradeTimeout = upgradeTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.first-data-timeout}.
		 * @return how long a new connection may stay silent before it is closed
		 */
		public Duration getFirstDataTimeout() {
			return this.firstDataTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.first-data-timeout}.
		 * @param firstDataTimeout how long a new connection may stay silent before it is
		 * closed
		 */
		public void setFirstDataTimeout(Duration firstDataTimeout) {
			this.firstDataTimeout = firstDataTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.connect-timeout}.
		 * @return how long a session may stay without connecting to a namespace before it
		 * is closed (Socket.IO's connectTimeout)
		 */
		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.connect-timeout}.
		 * @param connectTimeout how long a session may stay without connecting to a
		 * namespace before it is closed (Socket.IO's connectTimeout)
		 */
		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.ack-timeout}.
		 * @return how long to wait for a client's acknowledgement of an emitted event
		 */
		public Duration getAckTimeout() {
			return this.ackTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.ack-timeout}.
		 * @param ackTimeout how long to wait for a client's acknowledgement of an emitted
		 * event
		 */
		public void setAckTimeout(Duration ackTimeout) {
			this.ackTimeout = ackTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.max-pending-events}.
		 * @return events of one client accepted and not yet handled, at most
		 */
		public int getMaxPendingEvents() {
			return this.maxPendingEvents;
		}

		/**
		 * Set the value of {@code socketio.server.max-pending-events}.
		 * @param maxPendingEvents events of one client accepted and not yet handled, at most
		 */
		public void setMaxPendingEvents(int maxPendingEvents) {
			this.maxPendingEvents = maxPendingEvents;
		}

		/**
		 * Return the value of {@code socketio.server.max-outbound-buffer}.
		 * @return the data the server may hold unsent for one client
		 */
		public DataSize getMaxOutboundBuffer() {
			return this.maxOutboundBuffer;
		}

		/**
		 * Set the value of {@code socketio.server.max-outbound-buffer}.
		 * @param maxOutboundBuffer the data the server may hold unsent for one client
		 */
		public void setMaxOutboundBuffer(DataSize maxOutboundBuffer) {
			this.maxOutboundBuffer = maxOutboundBuffer;
		}

		/**
		 * Return the value of {@code socketio.server.max-outbound-buffer-hard-limit}.
		 * @return the unsent data at which a client is disconnected at once
		 */
		public DataSize getMaxOutboundBufferHardLimit() {
			return this.maxOutboundBufferHardLimit;
		}

		/**
		 * Set the value of {@code socketio.server.max-outbound-buffer-hard-limit}.
		 * @param maxOutboundBufferHardLimit the unsent data at which a client is disconnected at once
		 */
		public void setMaxOutboundBufferHardLimit(DataSize maxOutboundBufferHardLimit) {
			this.maxOutboundBufferHardLimit = maxOutboundBufferHardLimit;
		}

		/**
		 * Return the value of {@code socketio.server.slow-consumer-timeout}.
		 * @return how long a client's unsent data may stay above the outbound limit
		 */
		public Duration getSlowConsumerTimeout() {
			return this.slowConsumerTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.slow-consumer-timeout}.
		 * @param slowConsumerTimeout how long a client's unsent data may stay above the outbound limit
		 */
		public void setSlowConsumerTimeout(Duration slowConsumerTimeout) {
			this.slowConsumerTimeout = slowConsumerTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.shutdown-timeout}.
		 * @return how long handlers still running may take to finish and send their acks
		 * when the application stops
		 */
		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		/**
		 * Set the value of {@code socketio.server.shutdown-timeout}.
		 * @param shutdownTimeout how long handlers still running may take to finish and
		 * send their acks when the application stops
		 */
		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		/**
		 * Return the value of {@code socketio.server.use-linux-native-epoll}.
		 * @return whether to use Linux's native epoll transport (add
		 * io.netty:netty-transport-native-epoll with the platform's classifier)
		 */
		public boolean isUseLinuxNativeEpoll() {
			return this.useLinuxNativeEpoll;
		}

		/**
		 * Set the value of {@code socketio.server.use-linux-native-epoll}.
		 * @param useLinuxNativeEpoll whether to use Linux's native epoll transport (add
		 * io.netty:netty-transport-native-epoll with the platform's classifier)
		 */
		public void setUseLinuxNativeEpoll(boolean useLinuxNativeEpoll) {
			this.useLinuxNativeEpoll = useLinuxNativeEpoll;
		}

		/**
		 * Return the value of {@code socketio.server.tcp-no-delay}.
		 * @return whether to disable Nagle's algorithm on client connections
		 */
		public boolean isTcpNoDelay() {
			return this.tcpNoDelay;
		}

		/**
		 * Set the value of {@code socketio.server.tcp-no-delay}.
		 * @param tcpNoDelay whether to disable Nagle's algorithm on client connections
		 */
		public void setTcpNoDelay(boolean tcpNoDelay) {
			this.tcpNoDelay = tcpNoDelay;
		}

		/**
		 * Return the value of {@code socketio.server.tcp-keep-alive}.
		 * @return whether to enable TCP keep-alive on client connections
		 */
		public boolean isTcpKeepAlive() {
			return this.tcpKeepAlive;
		}

		/**
		 * Set the value of {@code socketio.server.tcp-keep-alive}.
		 * @param tcpKeepAlive whether to enable TCP keep-alive on client connections
		 */
		public void setTcpKeepAlive(boolean tcpKeepAlive) {
			this.tcpKeepAlive = tcpKeepAlive;
		}

		/**
		 * Return the value of {@code socketio.server.accept-back-log}.
		 * @return maximum queue length of incoming connections
		 */
		public int getAcceptBackLog() {
			return this.acceptBackLog;
		}

		/**
		 * Set the value of {@code socketio.server.accept-back-log}.
		 * @param acceptBackLog maximum queue length of incoming connections
		 */
		public void setAcceptBackLog(int acceptBackLog) {
			this.acceptBackLog = acceptBackLog;
		}

	}

	/**
	 * The executor handlers run on.
	 *
	 * @since 0.1.0
	 */
	public static class Executor {

		/**
		 * Maximum number of handler threads. Each client's events are handled one at a
		 * time, in order; different clients are handled in parallel. There is one thread per
		 * processor while handlers compute; more, up to this number, are added while all of
		 * them are blocked in handlers.
		 */
		private int maxThreads = 200;

		/**
		 * How long a handler thread added for blocked handlers is kept idle.
		 */
		private Duration keepAlive = Duration.ofSeconds(60);

		/**
		 * Create the properties with their default values.
		 */
		public Executor() {
		}

		/**
		 * Return the value of {@code socketio.executor.max-threads}.
		 * @return maximum number of handler threads
		 */
		public int getMaxThreads() {
			return this.maxThreads;
		}

		/**
		 * Set the value of {@code socketio.executor.max-threads}.
		 * @param maxThreads maximum number of handler threads
		 */
		public void setMaxThreads(int maxThreads) {
			this.maxThreads = maxThreads;
		}

		/**
		 * Return the value of {@code socketio.executor.keep-alive}.
		 * @return how long a handler thread added for blocked handlers is kept idle
		 */
		public Duration getKeepAlive() {
			return this.keepAlive;
		}

		/**
		 * Set the value of {@code socketio.executor.keep-alive}.
		 * @param keepAlive how long a handler thread added for blocked handlers is kept
		 * idle
		 */
		public void setKeepAlive(Duration keepAlive) {
			this.keepAlive = keepAlive;
		}

	}

	/**
	 * Validation of payloads, acknowledgements and emits.
	 *
	 * @since 0.1.0
	 */
	public static class Validation {

		/**
		 * Whether to validate payloads, acks and emits with Bean Validation. Conversion
		 * errors are always rejected.
		 */
		private boolean enabled = true;

		/**
		 * What to do when the application emits an event that no @Emits declares.
		 */
		private UndeclaredEmitPolicy undeclaredEmits = UndeclaredEmitPolicy.WARN;

		/**
		 * Create the properties with their default values.
		 */
		public Validation() {
		}

		/**
		 * Return the value of {@code socketio.validation.enabled}.
		 * @return whether to validate payloads, acks and emits with Bean Validation
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Set the value of {@code socketio.validation.enabled}.
		 * @param enabled whether to validate payloads, acks and emits with Bean
		 * Validation
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Return the value of {@code socketio.validation.undeclared-emits}.
		 * @return what to do when the application emits an event that no {@code @Emits}
		 * declares
		 */
		public UndeclaredEmitPolicy getUndeclaredEmits() {
			return this.undeclaredEmits;
		}

		/**
		 * Set the value of {@code socketio.validation.undeclared-emits}.
		 * @param undeclaredEmits what to do when the application emits an event that no
		 * {@code @Emits} declares
		 */
		public void setUndeclaredEmits(UndeclaredEmitPolicy undeclaredEmits) {
			this.undeclaredEmits = undeclaredEmits;
		}

	}

	/**
	 * How payloads are read from JSON.
	 *
	 * @since 0.1.0
	 */
	public static class Json {

		/**
		 * Whether payloads are read without conversions between scalar types: a JSON string
		 * is not a number, a number or a boolean is not a string, a string is not a boolean,
		 * a number is not a date, an enum, a UUID. When false, the application mapper's
		 * coercion settings apply, and the AsyncAPI document lists the JSON types each scalar
		 * accepts.
		 */
		private boolean strictScalars = true;

		/**
		 * Create the properties with their default values.
		 */
		public Json() {
		}

		/**
		 * Return the value of {@code socketio.json.strict-scalars}.
		 * @return whether payloads are read without conversions between scalar types: a
		 * JSON string is not a number, a number or a boolean is not a string, a string is
		 * not a boolean, a number is not a date, an enum, a UUID
		 */
		public boolean isStrictScalars() {
			return this.strictScalars;
		}

		/**
		 * Set the value of {@code socketio.json.strict-scalars}.
		 * @param strictScalars whether payloads are read without conversions between
		 * scalar types: a JSON string is not a number, a number or a boolean is not a
		 * string, a string is not a boolean, a number is not a date, an enum, a UUID
		 */
		public void setStrictScalars(boolean strictScalars) {
			this.strictScalars = strictScalars;
		}

	}

	/**
	 * The socketio Actuator endpoint.
	 *
	 * @since 0.1.0
	 */
	public static class Actuator {

		/**
		 * Whether the endpoint lists connected clients with their session ids, addresses,
		 * transports and rooms.
		 */
		private boolean showClients = false;

		/**
		 * Create the properties with their default values.
		 */
		public Actuator() {
		}

		/**
		 * Return the value of {@code socketio.actuator.show-clients}.
		 * @return whether the endpoint lists connected clients with their session ids,
		 * addresses, transports and rooms
		 */
		public boolean isShowClients() {
			return this.showClients;
		}

		/**
		 * Set the value of {@code socketio.actuator.show-clients}.
		 * @param showClients whether the endpoint lists connected clients with their
		 * session ids, addresses, transports and rooms
		 */
		public void setShowClients(boolean showClients) {
			this.showClients = showClients;
		}

	}

	/**
	 * Spring Security for Socket.IO clients, when Spring Security is on the class path.
	 *
	 * @since 0.1.0
	 */
	public static class Security {

		/**
		 * Whether clients are authenticated with a bearer token when they connect (the auth
		 * data's token or the handshake's Authorization header) and handlers run with their
		 * security context.
		 */
		private boolean enabled = true;

		/**
		 * Whether clients may connect without a bearer token, as anonymous users. A token that
		 * is sent must be valid either way.
		 */
		private boolean anonymous = false;

		/**
		 * Whether a client is disconnected from a namespace when the bearer token it connected
		 * with expires (a JWT's exp, an introspected token's expiry). Tokens are checked when
		 * clients connect only.
		 */
		private boolean disconnectOnExpiry = true;

		/**
		 * Create the properties with their default values.
		 */
		public Security() {
		}

		/**
		 * Return the value of {@code socketio.security.enabled}.
		 * @return whether clients are authenticated with a bearer token when they connect
		 * (the auth data's token or the handshake's Authorization header) and handlers
		 * run with their security context
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Set the value of {@code socketio.security.enabled}.
		 * @param enabled whether clients are authenticated with a bearer token when they
		 * connect (the auth data's token or the handshake's Authorization header) and
		 * handlers run with their security context
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Return the value of {@code socketio.security.anonymous}.
		 * @return whether clients may connect without a bearer token, as anonymous users
		 */
		public boolean isAnonymous() {
			return this.anonymous;
		}

		/**
		 * Set the value of {@code socketio.security.anonymous}.
		 * @param anonymous whether clients may connect without a bearer token, as
		 * anonymous users
		 */
		public void setAnonymous(boolean anonymous) {
			this.anonymous = anonymous;
		}

		/**
		 * Return the value of {@code socketio.security.disconnect-on-expiry}.
		 * @return whether a client is disconnected from a namespace when the bearer token
		 * it connected with expires (a JWT's exp, an introspected token's expiry)
		 */
		public boolean isDisconnectOnExpiry() {
			return this.disconnectOnExpiry;
		}

		/**
		 * Set the value of {@code socketio.security.disconnect-on-expiry}.
		 * @param disconnectOnExpiry whether a client is disconnected from a namespace when
		 * the bearer token it connected with expires (a JWT's exp, an introspected token's
		 * expiry)
		 */
		public void setDisconnectOnExpiry(boolean disconnectOnExpiry) {
			this.disconnectOnExpiry = disconnectOnExpiry;
		}

	}

}
