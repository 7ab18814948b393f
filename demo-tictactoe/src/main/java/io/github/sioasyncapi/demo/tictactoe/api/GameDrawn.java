package io.github.sioasyncapi.demo.tictactoe.api;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Sent to both players when the board is full without a winner. It carries no data.
 */
@Schema(description = "The game ended in a draw; no data")
public record GameDrawn() {
}
