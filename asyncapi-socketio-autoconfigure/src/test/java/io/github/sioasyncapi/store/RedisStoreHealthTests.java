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

import io.github.sioasyncapi.testsupport.RedisServer;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * The {@code socketIoStore} health follows Redis: {@code DOWN} while Redis is stopped (when
 * broadcasts fail in bounded time), and {@code UP} again once it is back, with broadcasts between
 * the nodes flowing again.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisStoreHealthTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	@Test
	void healthIsDownWhileRedisIsStoppedAndBroadcastsFlowAgainOnceItIsBack() {
		String[] properties = { "socketio.store.redis.health-timeout=300ms", "socketio.store.redis.timeout=1s",
				"socketio.store.redis.retry-attempts=1" };
		try (ConfigurableApplicationContext nodeA = RedisClusterTests.node("a", redis, properties);
				ConfigurableApplicationContext nodeB = RedisClusterTests.node("b", redis, properties);
				SocketIoTestClient member = SocketIoTestClient.connect(SocketIoTestClient.port(nodeB))) {
			assertThat(member.emitWithAck("join", "\"watch\"")).isEqualTo(json("[]"));
			HealthIndicator health = (HealthIndicator) nodeA.getBean(HealthContributorRegistry.class)
				.getContributor("socketIoStore");
			Health up = health.health(true);
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("type", "redis").containsEntry("topology", "single");

			redis.stop();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN));
			assertThat(health.health(true).getDetails()).containsKey("error");
			long start = System.nanoTime();
			assertThatException().isThrownBy(() -> RedisClusterTests.template(nodeA)
				.emitToRoom("/", "watch", "said", new RedisClusterTests.Message("lost")));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a broadcast fails, it does not hang")
				.isLessThan(Duration.ofSeconds(10));

			redis.start();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(health.health(true).getStatus()).isEqualTo(Status.UP));
			await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
				RedisClusterTests.template(nodeA).emitToRoom("/", "watch", "said", new RedisClusterTests.Message("back"));
				assertThat(member.awaitEvent((event) -> event.event().equals("said"), Duration.ofMillis(500)))
					.isNotNull();
			});
		}
	}

}
