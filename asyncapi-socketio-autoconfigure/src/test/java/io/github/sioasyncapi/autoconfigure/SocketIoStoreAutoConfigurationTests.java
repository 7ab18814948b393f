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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.store.MemoryStoreFactory;
import com.corundumstudio.socketio.store.StoreFactory;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.store.RedisStoreHealthIndicator;
import io.github.sioasyncapi.store.RedissonSocketIoStoreFactory;
import io.github.sioasyncapi.testsupport.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SocketIoStoreAutoConfiguration} and
 * {@link SocketIoStoreHealthContributorAutoConfiguration}, against real Redis servers: plain,
 * with a password, and with TLS.
 */
class SocketIoStoreAutoConfigurationTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	@RegisterExtension
	static final RedisServer secured = new RedisServer().withArguments("--requirepass", "s3cret");

	@RegisterExtension
	static final RedisServer tls = new RedisServer().withTls();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
				SslAutoConfiguration.class, SocketIoAutoConfiguration.class, SocketIoStoreAutoConfiguration.class,
				SocketIoStoreHealthContributorAutoConfiguration.class))
		.withPropertyValues("socketio.server.port=0", "socketio.server.host=127.0.0.1");

	@Test
	void theMemoryStoreIsTheDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(StoreFactory.class).doesNotHaveBean(RedisStoreHealthIndicator.class);
			assertThat(context.getBean(Configuration.class).getStoreFactory()).isInstanceOf(MemoryStoreFactory.class);
		});
	}

	@Test
	void aRedisStoreWithAClientOfItsOwnRestartsWithTheServerAndShutsTheClientDownWithTheApplication() {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		RedissonClient[] client = new RedissonClient[1];
		this.runner.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + redis.getAddress())
			.run((context) -> {
				RedissonSocketIoStoreFactory store = context.getBean(RedissonSocketIoStoreFactory.class);
				client[0] = store.getRedisson();
				assertThat(store.ownsClient()).isTrue();
				assertThat(context.getBean(Configuration.class).getStoreFactory()).isSameAs(store);
				assertThat(store.isSubscribed()).isTrue();
				assertThat(channels(redis)).contains("dispatch", "join", "leave");
				SocketIoServerLifecycle lifecycle = context.getBean(SocketIoServerLifecycle.class);
				lifecycle.stop();
				assertThat(store.isSubscribed()).isFalse();
				assertThat(client[0].isShutdown()).as("a stopped server leaves the client open").isFalse();
				await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(channels(redis)).isEmpty());
				lifecycle.start();
				assertThat(store.isSubscribed()).isTrue();
				assertThat(channels(redis)).contains("dispatch");
			});
		assertThat(client[0].isShutdown()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
				.filteredOn((thread) -> !before.contains(thread) && thread.isAlive()
						&& thread.getName().startsWith("redisson"))
				.isEmpty());
	}

	@Test
	void theApplicationsRedissonClientIsUsedAndNeverShutDown() {
		RedissonClient application = Redisson.create(redisConfig(redis.getAddress()));
		try {
			this.runner.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=redis://unused:1")
				.withBean(RedissonClient.class, () -> application,
						(definition) -> ((AbstractBeanDefinition) definition).setDestroyMethodName(""))
				.run((context) -> {
					RedissonSocketIoStoreFactory store = context.getBean(RedissonSocketIoStoreFactory.class);
					assertThat(store.getRedisson()).isSameAs(application);
					assertThat(store.ownsClient()).isFalse();
					context.getBean(SocketIoServerLifecycle.class).stop();
					assertThat(application.isShutdown()).isFalse();
				});
			assertThat(application.isShutdown()).isFalse();
			assertThat(application.getBucket("still-usable").trySet("yes")).isTrue();
		}
		finally {
			application.shutdown();
		}
	}

	@Test
	void theApplicationsStoreFactoryIsUsed() {
		MemoryStoreFactory own = new MemoryStoreFactory();
		this.runner.withPropertyValues("socketio.store.type=redis")
			.withBean(StoreFactory.class, () -> own)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(RedissonSocketIoStoreFactory.class)
					.doesNotHaveBean(RedisStoreHealthIndicator.class);
				assertThat(context.getBean(Configuration.class).getStoreFactory()).isSameAs(own);
			});
	}

	@Test
	void aRedisStoreWithoutRedissonFailsTheStartWithAClearMessage() {
		this.runner.withPropertyValues("socketio.store.type=redis")
			.withClassLoader(new FilteredClassLoader("org.redisson"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("socketio.store.type")
				.hasMessageContaining("add org.redisson:redisson"));
	}

	@Test
	void anUnknownStoreTypeFailsTheStart() {
		this.runner.withPropertyValues("socketio.store.type=hazelcast")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("socketio.store.type"));
	}

	@Test
	void anUnreachableRedisFailsTheStartNamingTheAddress() {
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=redis://127.0.0.1:1",
					"socketio.store.redis.connect-timeout=500ms", "socketio.store.redis.retry-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Cannot connect the Socket.IO store to Redis at redis://127.0.0.1:1"));
	}

	@Test
	void passwordDatabaseClientNameAndKeyPrefixAreApplied() {
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + secured.getAddress(),
					"socketio.store.redis.password=s3cret", "socketio.store.redis.database=3",
					"socketio.store.redis.client-name=socketio-node-1", "socketio.store.redis.key-prefix=chat:")
			.run((context) -> {
				RedissonSocketIoStoreFactory store = context.getBean(RedissonSocketIoStoreFactory.class);
				UUID session = UUID.randomUUID();
				store.createStore(session).set("user", "ann");
				List<String> replies = secured.commands(List.of(List.of("AUTH", "s3cret"), List.of("SELECT", "3"),
						List.of("EXISTS", "chat:" + session), List.of("SELECT", "0"), List.of("DBSIZE"),
						List.of("PUBSUB", "CHANNELS", "*"), List.of("CLIENT", "LIST")));
				assertThat(replies.get(2)).as("the session store is in database 3, prefixed").isEqualTo("1");
				assertThat(replies.get(4)).as("database 0 is empty").isEqualTo("0");
				assertThat(replies.get(5).split("\n")).contains("chat:dispatch", "chat:join")
					.doesNotContain("dispatch", "join");
				assertThat(replies.get(6)).contains("name=socketio-node-1");
				assertThat(context.getBean(RedisStoreHealthIndicator.class).health(true).getStatus())
					.isEqualTo(Status.UP);
			});
	}

	@Test
	void aWrongPasswordFailsTheStart() {
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + secured.getAddress(),
					"socketio.store.redis.password=wrong", "socketio.store.redis.retry-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Cannot connect the Socket.IO store to Redis")
				.hasStackTraceContaining("WRONGPASS"));
	}

	@Test
	void tlsWithTheTrustOfAnSslBundle() {
		String plainAddress = tls.getAddress().replace("rediss://", "redis://");
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + plainAddress,
					"socketio.store.redis.ssl.bundle=redis",
					"spring.ssl.bundle.pem.redis.truststore.certificate=classpath:redis-tls/ca.crt")
			.run((context) -> {
				RedissonSocketIoStoreFactory store = context.getBean(RedissonSocketIoStoreFactory.class);
				assertThat(store.getRedisson().getConfig().useSingleServer().getAddress()).startsWith("rediss://");
				assertThat(store.getRedisson().getBucket("over-tls").trySet("yes")).isTrue();
				assertThat(context.getBean(RedisStoreHealthIndicator.class).health(true).getStatus())
					.isEqualTo(Status.UP);
			});
	}

	@Test
	void tlsWithoutTrustInTheServersCertificateFailsTheStart() {
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + tls.getAddress(),
					"socketio.store.redis.connect-timeout=2s", "socketio.store.redis.retry-attempts=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Cannot connect the Socket.IO store to Redis at " + tls.getAddress())
				.hasStackTraceContaining("unable to find valid certification path"));
	}

	@Test
	void theHealthIndicatorCanBeDisabled() {
		this.runner
			.withPropertyValues("socketio.store.type=redis", "socketio.store.redis.address=" + redis.getAddress(),
					"management.health.socketio-store.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(RedissonSocketIoStoreFactory.class)
				.doesNotHaveBean(RedisStoreHealthIndicator.class));
	}

	private static List<String> channels(RedisServer server) {
		String reply = server.command("PUBSUB", "CHANNELS", "*");
		return reply.isEmpty() ? List.of() : List.of(reply.split("\n"));
	}

	private static org.redisson.config.Config redisConfig(String address) {
		org.redisson.config.Config config = new org.redisson.config.Config();
		config.useSingleServer().setAddress(address);
		return config;
	}

}
