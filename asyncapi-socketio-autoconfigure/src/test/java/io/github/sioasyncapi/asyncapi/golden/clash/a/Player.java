package io.github.sioasyncapi.asyncapi.golden.clash.a;

import jakarta.validation.constraints.NotBlank;

/**
 * A player of the lobby.
 *
 * @param name the name
 */
public record Player(@NotBlank String name) {
}
