package io.github.sioasyncapi.demo.tictactoe.api;

/**
 * Sent to both players when the board is full without a winner. It carries no data.
 */
public record GameDrawn() {
}
