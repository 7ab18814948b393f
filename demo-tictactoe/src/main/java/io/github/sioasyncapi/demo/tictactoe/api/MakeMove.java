package io.github.sioasyncapi.demo.tictactoe.api;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Play a move.
 *
 * @param gameId the game id
 * @param x the column, 0 to 2
 * @param y the row, 0 to 2
 */
@Schema(description = "One move")
public record MakeMove(@Schema(description = "The game id", example = "1") @Min(1) long gameId,
		@Schema(description = "The x coordinate (column, from the left)", example = "1") @Min(0) @Max(2) int x,
		@Schema(description = "The y coordinate (row, from the top)", example = "1") @Min(0) @Max(2) int y) {
}
