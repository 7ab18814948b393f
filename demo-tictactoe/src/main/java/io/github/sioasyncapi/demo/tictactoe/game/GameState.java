package io.github.sioasyncapi.demo.tictactoe.game;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The state of a {@link Game}, as a {@link GameStore} keeps it outside the JVM (in Redis, as
 * JSON).
 *
 * @param id the game id
 * @param players the players' session ids with their marks, the creator first
 * @param board the rows of the board: {@code "X"}, {@code "O"} or {@code ""}
 * @param turn whose turn it is
 * @param winner the winner, if the game was won
 * @param over whether the game is over
 */
public record GameState(long id, Map<String, Mark> players, List<List<String>> board, Mark turn,
		@Nullable Mark winner, boolean over) {
}
