package io.github.sioasyncapi.demo.tictactoe.api;

import jakarta.validation.constraints.Min;

/**
 * Join a game as the second player (O).
 *
 * @param gameId the game id
 */
public record JoinGame(@Min(1) long gameId) {
}
