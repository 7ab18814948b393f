package io.github.sioasyncapi.demo.tictactoe.api;

import java.util.List;

import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import org.jspecify.annotations.Nullable;

/**
 * Sent to both players after every move.
 *
 * @param board the board, three rows of three cells: {@code "X"}, {@code "O"} or {@code ""}
 * @param turn the player to move next, {@code null} once the game is over
 */
public record MoveMade(List<List<String>> board, @Nullable Mark turn) {
}
