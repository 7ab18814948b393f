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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every {@link GameStore} does, on one node and, where the store is shared, on two.
 */
abstract class GameStoreContractTests {

	/**
	 * The store of a node.
	 */
	abstract GameStore store();

	/**
	 * The store of another node, sharing the games of {@link #store()} (the same store when
	 * games are not shared).
	 */
	abstract GameStore otherNode();

	/**
	 * How many games to create concurrently.
	 */
	abstract int concurrentGames();

	@Test
	void concurrentlyCreatedGamesGetDistinctPositiveIds() throws InterruptedException {
		Set<Long> ids = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < concurrentGames(); i++) {
			String player = "player-" + i;
			GameStore store = (i % 2 == 0) ? store() : otherNode();
			threads.execute(() -> ids.add(store.create(player)));
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		assertThat(ids).hasSize(concurrentGames()).allMatch((id) -> id >= 1);
	}

	@Test
	void gamesEndWhenTheirPlayersLeave() {
		long game = store().create("ann");
		Mark joined = otherNode().update(game, (played) -> played.join("bob"));
		assertThat(joined).isEqualTo(Mark.O);
		store().leave("ann");
		long stillThere = otherNode().update(game, Game::getId);
		assertThat(stillThere).isEqualTo(game);
		otherNode().leave("bob");
		assertThatExceptionOfType(GameException.class).isThrownBy(() -> store().update(game, Game::getId))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("game_not_found"));
	}

	@Test
	void movesAreKeptAndRefusedMovesChangeNothing() {
		long game = store().create("ann");
		otherNode().update(game, (joined) -> joined.join("bob"));
		store().update(game, (played) -> played.play("ann", 1, 1));
		assertThatExceptionOfType(GameException.class)
			.isThrownBy(() -> otherNode().update(game, (played) -> played.play("bob", 1, 1)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("cell_occupied"));
		Game.Move move = otherNode().update(game, (played) -> played.play("bob", 0, 0));
		assertThat(move.board()).containsExactly(java.util.List.of("O", "", ""), java.util.List.of("", "X", ""),
				java.util.List.of("", "", ""));
		assertThat(move.turn()).isEqualTo(Mark.X);
	}

	@Test
	void unknownGamesAreNotFound() {
		assertThatExceptionOfType(GameException.class).isThrownBy(() -> store().update(123, Game::getId))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("game_not_found"));
	}

	@Test
	void concurrentMovesOfBothPlayersOnTwoNodesNeverCorruptTheTurnOrder() throws Exception {
		for (int round = 0; round < 20; round++) {
			long game = store().create("ann");
			otherNode().update(game, (joined) -> joined.join("bob"));
			ExecutorService threads = Executors.newFixedThreadPool(2);
			Future<?> annPlayed = threads.submit(() -> store().update(game, (played) -> played.play("ann", 0, 0)));
			Future<Boolean> bobPlayed = threads.submit(() -> tryPlay(otherNode(), game, "bob", 1, 1));
			threads.shutdown();
			assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
			annPlayed.get();
			String next = bobPlayed.get() ? "ann" : "bob";
			Game.Move move = store().update(game, (played) -> played.play(next, 2, 2));
			assertThat(move.board().get(0).get(0)).isEqualTo("X");
			assertThat(move.board().get(1).get(1)).isEqualTo(bobPlayed.get() ? "O" : "");
			assertThat(move.board().get(2).get(2)).isEqualTo(bobPlayed.get() ? "X" : "O");
		}
	}

	private static boolean tryPlay(GameStore store, long game, String player, int x, int y) {
		try {
			store.update(game, (played) -> played.play(player, x, y));
			return true;
		}
		catch (GameException ex) {
			assertThat(ex.getCode()).isEqualTo("not_your_turn");
			return false;
		}
	}

}
