package io.github.sioasyncapi.demo.tictactoe.api;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Play a move on {@code board[x][y]}, as in the Python original.
 *
 * @param gameId the game id
 * @param x the row, 0 (top) to 2
 * @param y the column, 0 (left) to 2
 */
@Schema(description = "One move")
public record MakeMove(@Schema(description = "The game id", example = "1") @Min(1) long gameId,
		@Schema(description = "The x coordinate: the row, from the top (board[x][y])", example = "1") @Min(0) @Max(2) int x,
		@Schema(description = "The y coordinate: the column, from the left (board[x][y])", example = "1") @Min(0) @Max(2) int y) {
}
