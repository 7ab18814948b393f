package io.github.sioasyncapi.demo.tictactoe.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Play a move.
 *
 * @param gameId the game id
 * @param x the column, 0 to 2
 * @param y the row, 0 to 2
 */
public record MakeMove(@Min(1) long gameId, @Min(0) @Max(2) int x, @Min(0) @Max(2) int y) {
}
