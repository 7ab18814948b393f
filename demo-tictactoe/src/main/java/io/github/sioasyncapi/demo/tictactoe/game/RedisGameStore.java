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

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.redisson.api.RBucket;
import org.redisson.api.RLock;
import org.redisson.api.RSet;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The games being played on every node, in Redis: each game as JSON under
 * {@code tictactoe:game:<id>}, the games of each player under {@code tictactoe:player:<id>}.
 * Actions on a game hold a Redisson lock of the game, so that moves sent to different nodes at
 * the same time are played one after the other. Games expire a day after their last move, so that
 * the games of a node that stopped without its players leaving do not stay forever.
 */
public class RedisGameStore implements GameStore {

	private static final String PREFIX = "tictactoe:";

	private static final Duration EXPIRY = Duration.ofDays(1);

	private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

	private static final Duration LOCK_LEASE = Duration.ofSeconds(10);

	private final RedissonClient redisson;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecureRandom random = new SecureRandom();

	/**
	 * Create a store.
	 * @param redisson the Redis client
	 */
	public RedisGameStore(RedissonClient redisson) {
		this.redisson = redisson;
	}

	@Override
	public long create(String creator) {
		while (true) {
			long id = 1 + this.random.nextInt(Integer.MAX_VALUE - 1);
			if (game(id).setIfAbsent(write(new Game(id, creator).state()), EXPIRY)) {
				addToPlayer(creator, id);
				return id;
			}
		}
	}

	@Override
	public <T> T update(long gameId, Function<Game, T> action) {
		RLock lock = this.redisson.getLock(PREFIX + "lock:" + gameId);
		if (!tryLock(lock)) {
			throw new IllegalStateException("Game " + gameId + " is busy");
		}
		try {
			RBucket<String> stored = game(gameId);
			String state = stored.get();
			if (state == null) {
				throw GameException.notFound(gameId);
			}
			Game game = Game.of(this.json.readValue(state, GameState.class));
			T result = action.apply(game);
			if (game.hasPlayers()) {
				GameState changed = game.state();
				stored.set(write(changed), EXPIRY);
				changed.players().keySet().forEach((player) -> addToPlayer(player, gameId));
			}
			else {
				stored.delete();
			}
			return result;
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void leave(String player) {
		RSet<String> games = games(player);
		for (String gameId : games.readAll()) {
			try {
				update(Long.parseLong(gameId), (game) -> game.leave(player));
			}
			catch (GameException ex) {
				// the game ended or expired already
			}
		}
		games.delete();
	}

	private boolean tryLock(RLock lock) {
		try {
			return lock.tryLock(LOCK_WAIT.toMillis(), LOCK_LEASE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void addToPlayer(String player, long gameId) {
		RSet<String> games = games(player);
		games.add(Long.toString(gameId));
		games.expire(EXPIRY);
	}

	private RBucket<String> game(long gameId) {
		return this.redisson.getBucket(PREFIX + "game:" + gameId, StringCodec.INSTANCE);
	}

	private RSet<String> games(String player) {
		return this.redisson.getSet(PREFIX + "player:" + player, StringCodec.INSTANCE);
	}

	private String write(GameState state) {
		return this.json.writeValueAsString(state);
	}

}
