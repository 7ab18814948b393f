package io.github.sioasyncapi.demo.tictactoe.api;

import io.github.sioasyncapi.demo.tictactoe.game.Mark;

/**
 * Sent to both players when a move completes a row, column or diagonal.
 *
 * @param winner the winner
 */
public record GameWon(Mark winner) {
}
