package io.github.sioasyncapi.asyncapi.golden.clash.b;

import jakarta.validation.constraints.Min;

/**
 * A player of a game.
 *
 * @param seat the seat
 */
public record Player(@Min(1) int seat) {
}
