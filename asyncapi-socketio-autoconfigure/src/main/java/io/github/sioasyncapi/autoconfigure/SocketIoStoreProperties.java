package io.github.sioasyncapi.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Socket.IO server keeps what several nodes share: room membership and the events
 * sent to rooms and namespaces ({@code socketio.store.*}).
 */
@ConfigurationProperties("socketio.store")
public class SocketIoStoreProperties {

	/**
	 * The store: 'memory' for a single node, 'redis' to run several nodes that share rooms
	 * and broadcasts through Redis (netty-socketio's Redisson store; add
	 * org.redisson:redisson).
	 */
	private Type type = Type.MEMORY;

	private final Redis redis = new Redis();

	public Type getType() {
		return this.type;
	}

	public void setType(Type type) {
		this.type = type;
	}

	public Redis getRedis() {
		return this.redis;
	}

	/**
	 * The kinds of store.
	 */
	public enum Type {

		/** In the memory of one node (netty-socketio's default). */
		MEMORY,

		/** In Redis, shared by every node (netty-socketio's Redisson store). */
		REDIS

	}

	/**
	 * The Redis server of a store of type 'redis', used when the application defines no
	 * RedissonClient bean of its own.
	 */
	public static class Redis {

		/**
		 * Address of the Redis server: redis://host:port, or rediss://host:port for TLS.
		 */
		private String address = "redis://localhost:6379";

		/**
		 * Login user name (Redis 6 ACL users); none for the default user.
		 */
		private @Nullable String username;

		/**
		 * Login password; none when the server requires no authentication.
		 */
		private @Nullable String password;

		/**
		 * Database index for the session data. Published events are not scoped by database:
		 * separate Socket.IO clusters on one Redis need distinct key prefixes.
		 */
		private int database = 0;

		/**
		 * Prefix of every Redis key and channel name the store uses, to keep separate
		 * Socket.IO clusters on one Redis server apart; none by default.
		 */
		private @Nullable String keyPrefix;

		/**
		 * How long to wait for a connection to Redis.
		 */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/**
		 * How long to wait for Redis to answer a command (a broadcast waits for this long at
		 * most, per attempt, while Redis is unreachable).
		 */
		private Duration timeout = Duration.ofSeconds(3);

		/**
		 * How many times to retry a command that could not be sent (while Redis is
		 * unreachable), one to two seconds apart; a broadcast waits for them all before it
		 * fails.
		 */
		private int retryAttempts = 4;

		/**
		 * How long the health check waits for Redis to answer a PING.
		 */
		private Duration healthTimeout = Duration.ofSeconds(1);

		/**
		 * Name the connections are given (CLIENT SETNAME); none by default.
		 */
		private @Nullable String clientName;

		private final Ssl ssl = new Ssl();

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public int getDatabase() {
			return this.database;
		}

		public void setDatabase(int database) {
			this.database = database;
		}

		public @Nullable String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(@Nullable String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public int getRetryAttempts() {
			return this.retryAttempts;
		}

		public void setRetryAttempts(int retryAttempts) {
			this.retryAttempts = retryAttempts;
		}

		public Duration getHealthTimeout() {
			return this.healthTimeout;
		}

		public void setHealthTimeout(Duration healthTimeout) {
			this.healthTimeout = healthTimeout;
		}

		public @Nullable String getClientName() {
			return this.clientName;
		}

		public void setClientName(@Nullable String clientName) {
			this.clientName = clientName;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

	}

	/**
	 * TLS to the Redis server.
	 */
	public static class Ssl {

		/**
		 * Whether to connect with TLS; implied by a rediss:// address or an SSL bundle.
		 */
		private boolean enabled = false;

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) with the trust material (and a key
		 * for mutual TLS); the JVM's default trust store when none.
		 */
		private @Nullable String bundle;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

}
