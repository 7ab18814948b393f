package io.github.sioasyncapi.demo.tictactoe.api;

/**
 * Sent to the creator of a game.
 *
 * @param gameId the game id, to share with the second player
 */
public record GameCreated(long gameId) {
}
