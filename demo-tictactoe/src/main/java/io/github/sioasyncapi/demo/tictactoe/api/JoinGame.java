package io.github.sioasyncapi.demo.tictactoe.api;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;

/**
 * Join a game as the second player (O).
 *
 * @param gameId the game id
 */
@Schema(description = "A game to join")
public record JoinGame(@Schema(description = "The game id", example = "1") @Min(1) long gameId) {
}
