package io.github.sioasyncapi.demo.tictactoe.api;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Sent to the creator of a game.
 *
 * @param gameId the game id, to share with the second player
 */
@Schema(description = "The game that was created")
public record GameCreated(@Schema(description = "The game id", example = "1") long gameId) {
}
