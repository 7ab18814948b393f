package io.github.sioasyncapi.demo.tictactoe.api;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * Sent to both players when the second player joins.
 *
 * @param gameId the game id
 * @param player the mark of the player who joined
 */
@Schema(description = "The second player joined")
public record PlayerJoined(@Schema(description = "The game id", example = "1") long gameId,
		@Schema(description = "The mark of the player who joined", example = "O") @NotNull Mark player) {
}
