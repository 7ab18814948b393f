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

import java.util.function.Function;

/**
 * Where the games being played are kept: in memory for one node ({@link InMemoryGameStore}), in
 * Redis for several ({@link RedisGameStore}, profile {@code cluster}). Game ids are random (1 to
 * 2<sup>31</sup>−2), so they cannot be guessed from a counter, and creating games concurrently
 * never hands out the same id twice.
 */
public interface GameStore {

	/**
	 * Create a game.
	 * @param creator the session id of the player who plays X
	 * @return the new game's id
	 */
	long create(String creator);

	/**
	 * Act on a game atomically: no other action on the same game runs at the same time, on any
	 * node, and the game is kept as the action leaves it (unless the action throws).
	 * @param <T> the action's result type
	 * @param gameId the game id
	 * @param action the action, for example {@code (game) -> game.play(player, x, y)}
	 * @return the action's result
	 * @throws GameException if there is no such game, or the action refuses
	 */
	<T> T update(long gameId, Function<Game, T> action);

	/**
	 * Remove a player from every game they play; games without players end.
	 * @param player the player's session id
	 */
	void leave(String player);

}
