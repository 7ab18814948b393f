package io.github.sioasyncapi.demo.tictactoe.api;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * Sent to both players when a move completes a row, column or diagonal.
 *
 * @param winner the winner
 */
@Schema(description = "The game was won")
public record GameWon(@Schema(description = "The winner", example = "X") @NotNull Mark winner) {
}
