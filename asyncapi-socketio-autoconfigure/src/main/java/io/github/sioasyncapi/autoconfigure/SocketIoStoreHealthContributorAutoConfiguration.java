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

import io.github.sioasyncapi.store.RedisStoreHealthIndicator;
import io.github.sioasyncapi.store.RedissonSocketIoStoreFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code socketIoStore} health indicator of a Redis store
 * ({@code management.health.socketio-store.enabled}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SocketIoStoreAutoConfiguration.class)
@ConditionalOnClass(name = { "org.redisson.api.RedissonClient",
		"org.springframework.boot.health.contributor.HealthIndicator",
		"org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator" })
@ConditionalOnBean(RedissonSocketIoStoreFactory.class)
@ConditionalOnEnabledHealthIndicator("socketio-store")
public final class SocketIoStoreHealthContributorAutoConfiguration {

	SocketIoStoreHealthContributorAutoConfiguration() {
	}

	@Bean(name = "socketIoStoreHealthIndicator")
	@ConditionalOnMissingBean(name = "socketIoStoreHealthIndicator")
	RedisStoreHealthIndicator socketIoStoreHealthIndicator(RedissonSocketIoStoreFactory storeFactory,
			SocketIoStoreProperties properties) {
		return new RedisStoreHealthIndicator(storeFactory.getRedisson(), properties.getRedis().getHealthTimeout());
	}

}
