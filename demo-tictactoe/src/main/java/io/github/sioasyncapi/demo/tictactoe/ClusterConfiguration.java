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

package io.github.sioasyncapi.demo.tictactoe;

import io.github.sioasyncapi.demo.tictactoe.game.RedisGameStore;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code cluster} profile: several nodes of the demo against one Redis. The application's
 * Redis client keeps the games ({@link RedisGameStore}), and the starter's Redis store
 * ({@code socketio.store.type: redis} in {@code application-cluster.yml}) uses the same client
 * for rooms and broadcasts, so players connected to different nodes play together.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
class ClusterConfiguration {

	@Bean(destroyMethod = "shutdown")
	RedissonClient redisson(@Value("${tictactoe.redis.address}") String address) {
		Config config = new Config();
		config.useSingleServer().setAddress(address);
		return Redisson.create(config);
	}

	@Bean
	RedisGameStore redisGameStore(RedissonClient redisson) {
		return new RedisGameStore(redisson);
	}

}
