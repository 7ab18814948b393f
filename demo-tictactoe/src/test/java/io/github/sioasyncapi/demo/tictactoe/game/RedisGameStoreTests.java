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

package io.github.sioasyncapi.demo.tictactoe.game;

import io.github.sioasyncapi.testsupport.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RedisGameStore}, with two nodes (two Redis clients) sharing one real Redis.
 */
class RedisGameStoreTests extends GameStoreContractTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	static RedissonClient nodeA;

	static RedissonClient nodeB;

	@BeforeAll
	static void connect() {
		nodeA = client();
		nodeB = client();
	}

	@AfterAll
	static void disconnect() {
		if (nodeA != null) {
			nodeA.shutdown();
		}
		if (nodeB != null) {
			nodeB.shutdown();
		}
	}

	@BeforeEach
	void forgetAllGames() {
		assertThat(redis.command("FLUSHALL")).isEqualTo("OK");
	}

	@Override
	GameStore store() {
		return new RedisGameStore(nodeA);
	}

	@Override
	GameStore otherNode() {
		return new RedisGameStore(nodeB);
	}

	@Override
	int concurrentGames() {
		return 200;
	}

	@Test
	void gamesAreKeptAsJsonThatExpiresAndPlayersAreForgottenWhenTheyLeave() {
		long game = store().create("ann");
		otherNode().update(game, (joined) -> joined.join("bob"));
		store().update(game, (played) -> played.play("ann", 2, 0));
		JsonNode state = JsonMapper.builder().build().readTree(redis.command("GET", "tictactoe:game:" + game));
		assertThat(state.get("players").propertyNames()).containsExactly("ann", "bob");
		assertThat(state.get("board").get(2).get(0).stringValue()).isEqualTo("X");
		assertThat(state.get("turn").stringValue()).isEqualTo("O");
		assertThat(Long.parseLong(redis.command("TTL", "tictactoe:game:" + game))).isPositive();
		assertThat(redis.command("SMEMBERS", "tictactoe:player:bob")).isEqualTo(Long.toString(game));
		otherNode().leave("bob");
		assertThat(redis.command("EXISTS", "tictactoe:player:bob")).isEqualTo("0");
		store().leave("ann");
		assertThat(redis.command("EXISTS", "tictactoe:game:" + game)).isEqualTo("0");
	}

	private static RedissonClient client() {
		Config config = new Config();
		config.useSingleServer().setAddress(redis.getAddress());
		return Redisson.create(config);
	}

}
