/**
 * The rules of tic-tac-toe and the games being played, independent of Socket.IO.
 */
@NullMarked
package io.github.sioasyncapi.demo.tictactoe.game;

import org.jspecify.annotations.NullMarked;
