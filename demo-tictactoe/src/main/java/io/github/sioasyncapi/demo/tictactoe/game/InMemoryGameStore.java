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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The games being played on this node, in memory (the default; the {@code cluster} profile
 * keeps them in Redis instead).
 */
@Component
@Profile("!cluster")
public class InMemoryGameStore implements GameStore {

	private final SecureRandom random = new SecureRandom();

	private final Map<Long, Game> games = new ConcurrentHashMap<>();

	@Override
	public long create(String creator) {
		while (true) {
			long id = 1 + this.random.nextInt(Integer.MAX_VALUE - 1);
			if (this.games.putIfAbsent(id, new Game(id, creator)) == null) {
				return id;
			}
		}
	}

	@Override
	public <T> T update(long gameId, Function<Game, T> action) {
		Game game = this.games.get(gameId);
		if (game == null) {
			throw GameException.notFound(gameId);
		}
		synchronized (game) {
			return action.apply(game);
		}
	}

	@Override
	public void leave(String player) {
		this.games.values().removeIf((game) -> game.hasPlayer(player) && game.leave(player));
	}

	/**
	 * The number of games being played.
	 * @return the count
	 */
	public int count() {
		return this.games.size();
	}

}
