/**
 * The payloads of the tic-tac-toe API, as they travel on the wire (in snake_case).
 */
@NullMarked
package io.github.sioasyncapi.demo.tictactoe.api;
import org.jspecify.annotations.NullMarked;

