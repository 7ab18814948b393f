package io.github.sioasyncapi.benchmarks.starter;

/**
 * The ack of a valid move.
 *
 * @param ok always {@code true}
 * @param gameId the game
 */
record MoveAck(boolean ok, long gameId) {
}
