package io.github.sioasyncapi.benchmarks.starter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The request: {@code game_id} at least 1, {@code x} and {@code y} from 0 to 2.
 *
 * @param gameId the game
 * @param x the column
 * @param y the row
 */
record MakeMove(@Min(1) long gameId, @Min(0) @Max(2) int x, @Min(0) @Max(2) int y) {
}
