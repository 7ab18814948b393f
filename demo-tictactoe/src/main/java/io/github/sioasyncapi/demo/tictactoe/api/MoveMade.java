package io.github.sioasyncapi.demo.tictactoe.api;
import java.util.List;

import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Sent to both players after every move.
 *
 * @param board the board, three rows of three cells: {@code "X"}, {@code "O"} or {@code ""}
 * @param turn the player to move next, {@code null} once the game is over
 */
@Schema(description = "The board after a move")
public record MoveMade(
		@Schema(description = "The board: three rows of three cells, each \"X\", \"O\" or \"\" (empty)",
				example = "[[\"X\", \"\", \"\"], [\"\", \"O\", \"\"], [\"\", \"\", \"\"]]") @NotNull List<@NotNull List<@NotNull String>> board,
		@Schema(description = "The player to move next; null once the game is over", example = "X",
				nullable = true) @Nullable Mark turn) {
}
