package io.github.sioasyncapi.demo.tictactoe.game;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GamesTests {

	@Test
	void concurrentlyCreatedGamesGetDistinctPositiveIds() throws InterruptedException {
		Games games = new Games();
		Set<Long> ids = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 2000; i++) {
			String player = "player-" + i;
			threads.execute(() -> ids.add(games.create(player).getId()));
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(ids).hasSize(2000).allMatch((id) -> id >= 1);
		assertThat(games.count()).isEqualTo(2000);
	}

	@Test
	void gamesEndWhenTheirPlayersLeave() {
		Games games = new Games();
		Game game = games.create("ann");
		game.join("bob");
		games.leave("ann");
		assertThat(games.get(game.getId())).isSameAs(game);
		games.leave("bob");
		assertThatExceptionOfType(GameException.class).isThrownBy(() -> games.get(game.getId()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("game_not_found"));
	}

	@Test
	void concurrentMovesOfBothPlayersNeverCorruptTheTurnOrder() throws Exception {
		for (int round = 0; round < 50; round++) {
			Game game = new Games().create("ann");
			game.join("bob");
			ExecutorService threads = Executors.newFixedThreadPool(2);
			threads.execute(() -> game.play("ann", 0, 0));
			java.util.concurrent.Future<Boolean> bobPlayed = threads.submit(() -> tryPlay(game, "bob", 1, 1));
			threads.shutdown();
			assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
			String next = bobPlayed.get() ? "ann" : "bob";
			Game.Move move = game.play(next, 2, 2);
			assertThat(move.board().get(0).get(0)).isEqualTo("X");
			assertThat(move.board().get(2).get(2)).isEqualTo(bobPlayed.get() ? "X" : "O");
		}
	}

	private static boolean tryPlay(Game game, String player, int x, int y) {
		try {
			game.play(player, x, y);
			return true;
		}
		catch (GameException ex) {
			assertThat(ex.getCode()).isEqualTo("not_your_turn");
			return false;
		}
	}

}
