package io.github.sioasyncapi.demo.tictactoe.api;

import io.github.sioasyncapi.demo.tictactoe.game.Mark;

/**
 * Sent to both players when the second player joins.
 *
 * @param gameId the game id
 * @param player the mark of the player who joined
 */
public record PlayerJoined(long gameId, Mark player) {
}
