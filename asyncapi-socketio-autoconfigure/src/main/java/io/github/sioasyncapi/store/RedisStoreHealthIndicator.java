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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.BaseRedisNodes;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.config.Config;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code socketIoStore} health of a Redis store: {@code UP} while every Redis node answers
 * a PING within the timeout, {@code DOWN} otherwise — the node can then neither reach clients
 * on other nodes nor be reached by them.
 *
 * @since 0.1.0
 */
public class RedisStoreHealthIndicator extends AbstractHealthIndicator {

	private final RedissonClient redisson;

	private final Duration timeout;

	/**
	 * Create the indicator.
	 * @param redisson the store's Redis client
	 * @param timeout how long each node may take to answer
	 */
	public RedisStoreHealthIndicator(RedissonClient redisson, Duration timeout) {
		super("Socket.IO store health check failed");
		this.redisson = redisson;
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Config config = this.redisson.getConfig();
		builder.withDetail("type", "redis").withDetail("topology", topology(config));
		if (this.redisson.isShuttingDown() || this.redisson.isShutdown()) {
			builder.down().withDetail("error", "The Redis client is shut down");
			return;
		}
		if (nodes(config).pingAll(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			builder.up();
		}
		else {
			builder.down()
				.withDetail("error", "Redis did not answer a PING within " + this.timeout.toMillis() + " ms");
		}
	}

	private BaseRedisNodes nodes(Config config) {
		if (config.isClusterConfig()) {
			return this.redisson.getRedisNodes(RedisNodes.CLUSTER);
		}
		if (config.isSentinelConfig()) {
			return this.redisson.getRedisNodes(RedisNodes.SENTINEL_MASTER_SLAVE);
		}
		if (config.isSingleConfig()) {
			return this.redisson.getRedisNodes(RedisNodes.SINGLE);
		}
		return this.redisson.getRedisNodes(RedisNodes.MASTER_SLAVE);
	}

	private static String topology(Config config) {
		if (config.isClusterConfig()) {
			return "cluster";
		}
		if (config.isSentinelConfig()) {
			return "sentinel";
		}
		return config.isSingleConfig() ? "single" : "master-slave";
	}

}
