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

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Server getServer() {
		return this.server;
	}

	public Executor getExecutor() {
		return this.executor;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Json getJson() {
		return this.json;
	}

	public Actuator getActuator() {
		return this.actuator;
	}

	public Security getSecurity() {
		return this.security;
	}

	/**
	 * The netty-socketio server.
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

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public String getHost() {
			return this.host;
		}

		public void setHost(String host) {
			this.host = host;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public DataSize getMaxPayload() {
			return this.maxPayload;
		}

		public void setMaxPayload(DataSize maxPayload) {
			this.maxPayload = maxPayload;
		}

		public Duration getPingInterval() {
			return this.pingInterval;
		}

		public void setPingInterval(Duration pingInterval) {
			this.pingInterval = pingInterval;
		}

		public Duration getPingTimeout() {
			return this.pingTimeout;
		}

		public void setPingTimeout(Duration pingTimeout) {
			this.pingTimeout = pingTimeout;
		}

		public boolean isWebsocketCompression() {
			return this.websocketCompression;
		}

		public void setWebsocketCompression(boolean websocketCompression) {
			this.websocketCompression = websocketCompression;
		}

		public boolean isHttpCompression() {
			return this.httpCompression;
		}

		public void setHttpCompression(boolean httpCompression) {
			this.httpCompression = httpCompression;
		}

		public List<Transport> getTransports() {
			return this.transports;
		}

		public void setTransports(List<Transport> transports) {
			this.transports = transports;
		}

		public int getBossThreads() {
			return this.bossThreads;
		}

		public void setBossThreads(int bossThreads) {
			this.bossThreads = bossThreads;
		}

		public int getWorkerThreads() {
			return this.workerThreads;
		}

		public void setWorkerThreads(int workerThreads) {
			this.workerThreads = workerThreads;
		}

		public Duration getUpgradeTimeout() {
			return this.upgradeTimeout;
		}

		public void setUpgradeTimeout(Duration upgradeTimeout) {
			this.upgradeTimeout = upgradeTimeout;
		}

		public Duration getFirstDataTimeout() {
			return this.firstDataTimeout;
		}

		public void setFirstDataTimeout(Duration firstDataTimeout) {
			this.firstDataTimeout = firstDataTimeout;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getAckTimeout() {
			return this.ackTimeout;
		}

		public void setAckTimeout(Duration ackTimeout) {
			this.ackTimeout = ackTimeout;
		}

		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		public boolean isUseLinuxNativeEpoll() {
			return this.useLinuxNativeEpoll;
		}

		public void setUseLinuxNativeEpoll(boolean useLinuxNativeEpoll) {
			this.useLinuxNativeEpoll = useLinuxNativeEpoll;
		}

		public boolean isTcpNoDelay() {
			return this.tcpNoDelay;
		}

		public void setTcpNoDelay(boolean tcpNoDelay) {
			this.tcpNoDelay = tcpNoDelay;
		}

		public boolean isTcpKeepAlive() {
			return this.tcpKeepAlive;
		}

		public void setTcpKeepAlive(boolean tcpKeepAlive) {
			this.tcpKeepAlive = tcpKeepAlive;
		}

		public int getAcceptBackLog() {
			return this.acceptBackLog;
		}

		public void setAcceptBackLog(int acceptBackLog) {
			this.acceptBackLog = acceptBackLog;
		}

	}

	/**
	 * The executor handlers run on.
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

		public int getMaxThreads() {
			return this.maxThreads;
		}

		public void setMaxThreads(int maxThreads) {
			this.maxThreads = maxThreads;
		}

		public Duration getKeepAlive() {
			return this.keepAlive;
		}

		public void setKeepAlive(Duration keepAlive) {
			this.keepAlive = keepAlive;
		}

	}

	/**
	 * Validation of payloads, acknowledgements and emits.
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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public UndeclaredEmitPolicy getUndeclaredEmits() {
			return this.undeclaredEmits;
		}

		public void setUndeclaredEmits(UndeclaredEmitPolicy undeclaredEmits) {
			this.undeclaredEmits = undeclaredEmits;
		}

	}

	/**
	 * How payloads are read from JSON.
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

		public boolean isStrictScalars() {
			return this.strictScalars;
		}

		public void setStrictScalars(boolean strictScalars) {
			this.strictScalars = strictScalars;
		}

	}

	/**
	 * The socketio Actuator endpoint.
	 */
	public static class Actuator {

		/**
		 * Whether the endpoint lists connected clients with their session ids, addresses,
		 * transports and rooms.
		 */
		private boolean showClients = false;

		public boolean isShowClients() {
			return this.showClients;
		}

		public void setShowClients(boolean showClients) {
			this.showClients = showClients;
		}

	}

	/**
	 * Spring Security for Socket.IO clients, when Spring Security is on the class path.
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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isAnonymous() {
			return this.anonymous;
		}

		public void setAnonymous(boolean anonymous) {
			this.anonymous = anonymous;
		}

		public boolean isDisconnectOnExpiry() {
			return this.disconnectOnExpiry;
		}

		public void setDisconnectOnExpiry(boolean disconnectOnExpiry) {
			this.disconnectOnExpiry = disconnectOnExpiry;
		}

	}

}
