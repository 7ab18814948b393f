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

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Socket.IO server keeps what several nodes share: room membership and the events
 * sent to rooms and namespaces ({@code socketio.store.*}).
 *
 * @since 0.1.0
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

	/**
	 * Create the properties with their default values.
	 */
	public SocketIoStoreProperties() {
	}

	/**
	 * Return the value of {@code socketio.store.type}.
	 * @return the store: 'memory' for a single node, 'redis' to run several nodes that
	 * share rooms and broadcasts through Redis (netty-socketio's Redisson store; add
	 * org.redisson:redisson)
	 */
	public Type getType() {
		return this.type;
	}

	/**
	 * Set the value of {@code socketio.store.type}.
	 * @param type the store: 'memory' for a single node, 'redis' to run several nodes
	 * that share rooms and broadcasts through Redis (netty-socketio's Redisson store; add
	 * org.redisson:redisson)
	 */
	public void setType(Type type) {
		this.type = type;
	}

	/**
	 * Return the properties of the Redis server of the store
	 * ({@code socketio.store.redis.*}).
	 * @return the redis properties
	 */
	public Redis getRedis() {
		return this.redis;
	}

	/**
	 * The kinds of store.
	 *
	 * @since 0.1.0
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
	 *
	 * @since 0.1.0
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

		/**
		 * Create the properties with their default values.
		 */
		public Redis() {
		}

		/**
		 * Return the value of {@code socketio.store.redis.address}.
		 * @return address of the Redis server: redis://host:port, or rediss://host:port
		 * for TLS
		 */
		public String getAddress() {
			return this.address;
		}

		/**
		 * Set the value of {@code socketio.store.redis.address}.
		 * @param address address of the Redis server: redis://host:port, or
		 * rediss://host:port for TLS
		 */
		public void setAddress(String address) {
			this.address = address;
		}

		/**
		 * Return the value of {@code socketio.store.redis.username}.
		 * @return login user name (Redis 6 ACL users); none for the default user
		 */
		public @Nullable String getUsername() {
			return this.username;
		}

		/**
		 * Set the value of {@code socketio.store.redis.username}.
		 * @param username login user name (Redis 6 ACL users); none for the default user
		 */
		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		/**
		 * Return the value of {@code socketio.store.redis.password}.
		 * @return login password; none when the server requires no authentication
		 */
		public @Nullable String getPassword() {
			return this.password;
		}

		/**
		 * Set the value of {@code socketio.store.redis.password}.
		 * @param password login password; none when the server requires no authentication
		 */
		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		/**
		 * Return the value of {@code socketio.store.redis.database}.
		 * @return database index for the session data
		 */
		public int getDatabase() {
			return this.database;
		}

		/**
		 * Set the value of {@code socketio.store.redis.database}.
		 * @param database database index for the session data
		 */
		public void setDatabase(int database) {
			this.database = database;
		}

		/**
		 * Return the value of {@code socketio.store.redis.key-prefix}.
		 * @return prefix of every Redis key and channel name the store uses, to keep
		 * separate Socket.IO clusters on one Redis server apart; none by default
		 */
		public @Nullable String getKeyPrefix() {
			return this.keyPrefix;
		}

		/**
		 * Set the value of {@code socketio.store.redis.key-prefix}.
		 * @param keyPrefix prefix of every Redis key and channel name the store uses, to
		 * keep separate Socket.IO clusters on one Redis server apart; none by default
		 */
		public void setKeyPrefix(@Nullable String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

		/**
		 * Return the value of {@code socketio.store.redis.connect-timeout}.
		 * @return how long to wait for a connection to Redis
		 */
		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		/**
		 * Set the value of {@code socketio.store.redis.connect-timeout}.
		 * @param connectTimeout how long to wait for a connection to Redis
		 */
		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		/**
		 * Return the value of {@code socketio.store.redis.timeout}.
		 * @return how long to wait for Redis to answer a command (a broadcast waits for
		 * this long at most, per attempt, while Redis is unreachable)
		 */
		public Duration getTimeout() {
			return this.timeout;
		}

		/**
		 * Set the value of {@code socketio.store.redis.timeout}.
		 * @param timeout how long to wait for Redis to answer a command (a broadcast
		 * waits for this long at most, per attempt, while Redis is unreachable)
		 */
		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		/**
		 * Return the value of {@code socketio.store.redis.retry-attempts}.
		 * @return how many times to retry a command that could not be sent (while Redis
		 * is unreachable), one to two seconds apart; a broadcast waits for them all
		 * before it fails
		 */
		public int getRetryAttempts() {
			return this.retryAttempts;
		}

		/**
		 * Set the value of {@code socketio.store.redis.retry-attempts}.
		 * @param retryAttempts how many times to retry a command that could not be sent
		 * (while Redis is unreachable), one to two seconds apart; a broadcast waits for
		 * them all before it fails
		 */
		public void setRetryAttempts(int retryAttempts) {
			this.retryAttempts = retryAttempts;
		}

		/**
		 * Return the value of {@code socketio.store.redis.health-timeout}.
		 * @return how long the health check waits for Redis to answer a PING
		 */
		public Duration getHealthTimeout() {
			return this.healthTimeout;
		}

		/**
		 * Set the value of {@code socketio.store.redis.health-timeout}.
		 * @param healthTimeout how long the health check waits for Redis to answer a PING
		 */
		public void setHealthTimeout(Duration healthTimeout) {
			this.healthTimeout = healthTimeout;
		}

		/**
		 * Return the value of {@code socketio.store.redis.client-name}.
		 * @return name the connections are given (CLIENT SETNAME); none by default
		 */
		public @Nullable String getClientName() {
			return this.clientName;
		}

		/**
		 * Set the value of {@code socketio.store.redis.client-name}.
		 * @param clientName name the connections are given (CLIENT SETNAME); none by
		 * default
		 */
		public void setClientName(@Nullable String clientName) {
			this.clientName = clientName;
		}

		/**
		 * Return the properties of TLS to the Redis server
		 * ({@code socketio.store.redis.ssl.*}).
		 * @return the ssl properties
		 */
		public Ssl getSsl() {
			return this.ssl;
		}

	}

	/**
	 * TLS to the Redis server.
	 *
	 * @since 0.1.0
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

		/**
		 * Create the properties with their default values.
		 */
		public Ssl() {
		}

		/**
		 * Return the value of {@code socketio.store.redis.ssl.enabled}.
		 * @return whether to connect with TLS; implied by a rediss:// address or an SSL
		 * bundle
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Set the value of {@code socketio.store.redis.ssl.enabled}.
		 * @param enabled whether to connect with TLS; implied by a rediss:// address or
		 * an SSL bundle
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Return the value of {@code socketio.store.redis.ssl.bundle}.
		 * @return name of the SSL bundle (spring.ssl.bundle.*) with the trust material
		 * (and a key for mutual TLS); the JVM's default trust store when none
		 */
		public @Nullable String getBundle() {
			return this.bundle;
		}

		/**
		 * Set the value of {@code socketio.store.redis.ssl.bundle}.
		 * @param bundle name of the SSL bundle (spring.ssl.bundle.*) with the trust
		 * material (and a key for mutual TLS); the JVM's default trust store when none
		 */
		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

}
