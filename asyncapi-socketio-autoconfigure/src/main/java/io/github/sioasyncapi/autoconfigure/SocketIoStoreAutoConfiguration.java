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

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.store.StoreFactory;
import io.github.sioasyncapi.server.SocketIoServerCustomizer;
import io.github.sioasyncapi.store.KeyPrefixNameMapper;
import io.github.sioasyncapi.store.RedissonSocketIoStoreFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of the store the Socket.IO server shares with other nodes
 * ({@code socketio.store.type}). With {@code redis}, netty-socketio's Redisson store carries
 * room membership and room and namespace broadcasts to every node. It uses the application's
 * {@link RedissonClient} bean when there is one, and leaves that client to the application;
 * otherwise it creates a client of its own from {@code socketio.store.redis.*} and shuts it down
 * with the server's store when the application closes.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = SocketIoAutoConfiguration.class)
@ConditionalOnClass(SocketIOServer.class)
@ConditionalOnBooleanProperty(name = "socketio.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SocketIoStoreProperties.class)
public final class SocketIoStoreAutoConfiguration {

	private static final String STORE_TYPE = "socketio.store.type";

	private static final Log logger = LogFactory.getLog(SocketIoStoreAutoConfiguration.class);

	SocketIoStoreAutoConfiguration() {
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RedissonClient.class)
	@ConditionalOnProperty(name = STORE_TYPE, havingValue = "redis")
	static class RedisStoreConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(StoreFactory.class)
		RedissonSocketIoStoreFactory socketIoStoreFactory(ObjectProvider<RedissonClient> applicationClient,
				SocketIoStoreProperties properties, ObjectProvider<SslBundles> sslBundles) {
			RedissonClient application = applicationClient.getIfAvailable();
			if (application != null) {
				logger.info("Socket.IO store: Redis, through the application's RedissonClient");
				return new RedissonSocketIoStoreFactory(application, false);
			}
			SocketIoStoreProperties.Redis redis = properties.getRedis();
			Config config = redissonConfig(redis, sslBundles.getIfAvailable());
			String address = config.useSingleServer().getAddress();
			RedissonClient own;
			try {
				own = Redisson.create(config);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"Cannot connect the Socket.IO store to Redis at " + address + " (socketio.store.redis.*)", ex);
			}
			logger.info("Socket.IO store: Redis at " + address);
			return new RedissonSocketIoStoreFactory(own, true);
		}

		@Bean
		@ConditionalOnMissingBean(name = "socketIoStoreCustomizer")
		SocketIoServerCustomizer socketIoStoreCustomizer(StoreFactory storeFactory) {
			return new StoreFactoryCustomizer(storeFactory);
		}

		/**
		 * The configuration of the store's own Redis client: one server, with TLS when the address
		 * is {@code rediss://}, TLS is enabled, or an SSL bundle is named.
		 */
		static Config redissonConfig(SocketIoStoreProperties.Redis redis, @Nullable SslBundles sslBundles) {
			Config config = new Config();
			SocketIoStoreProperties.Ssl ssl = redis.getSsl();
			String bundleName = ssl.getBundle();
			boolean tls = ssl.isEnabled() || StringUtils.hasText(bundleName);
			String address = redis.getAddress();
			if (tls && address.startsWith("redis://")) {
				address = "rediss://" + address.substring("redis://".length());
			}
			SingleServerConfig server = config.useSingleServer();
			PropertyMapper map = PropertyMapper.get();
			server.setAddress(address);
			map.from(redis::getDatabase).to(server::setDatabase);
			map.from(redis::getConnectTimeout).asInt(Duration::toMillis).to(server::setConnectTimeout);
			map.from(redis::getTimeout).asInt(Duration::toMillis).to(server::setTimeout);
			map.from(redis::getRetryAttempts).to(server::setRetryAttempts);
			map.from(redis::getClientName).when(StringUtils::hasText).to(server::setClientName);
			map.from(redis::getUsername).when(StringUtils::hasText).to(config::setUsername);
			map.from(redis::getPassword).when(StringUtils::hasText).to(config::setPassword);
			map.from(redis::getKeyPrefix).when(StringUtils::hasText).as(KeyPrefixNameMapper::new).to(config::setNameMapper);
			if (StringUtils.hasText(bundleName)) {
				if (sslBundles == null) {
					throw new InvalidConfigurationPropertyValueException("socketio.store.redis.ssl.bundle", bundleName,
							"No SSL bundles are configured (spring.ssl.bundle.*).");
				}
				applySslBundle(config, sslBundles.getBundle(bundleName));
			}
			return config;
		}

		private static void applySslBundle(Config config, SslBundle bundle) {
			config.setSslTrustManagerFactory(bundle.getManagers().getTrustManagerFactory());
			if (bundle.getStores().getKeyStore() != null) {
				config.setSslKeyManagerFactory(bundle.getManagers().getKeyManagerFactory());
			}
			SslOptions options = bundle.getOptions();
			if (options.getEnabledProtocols() != null) {
				config.setSslProtocols(options.getEnabledProtocols());
			}
			if (options.getCiphers() != null) {
				config.setSslCiphers(options.getCiphers());
			}
		}

	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.redisson.api.RedissonClient")
	@ConditionalOnProperty(name = STORE_TYPE, havingValue = "redis")
	static class RedissonMissingConfiguration {

		RedissonMissingConfiguration() {
			throw new InvalidConfigurationPropertyValueException(STORE_TYPE, "redis",
					"The Redis store is netty-socketio's Redisson store: add org.redisson:redisson to the application.");
		}

	}

	/**
	 * Installs the store factory, before the application's customizers (which may still
	 * replace it).
	 */
	private static final class StoreFactoryCustomizer implements SocketIoServerCustomizer, Ordered {

		private final StoreFactory storeFactory;

		StoreFactoryCustomizer(StoreFactory storeFactory) {
			this.storeFactory = storeFactory;
		}

		@Override
		public void customize(Configuration configuration) {
			configuration.setStoreFactory(this.storeFactory);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
