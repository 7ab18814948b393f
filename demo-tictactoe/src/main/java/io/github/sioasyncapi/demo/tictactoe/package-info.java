/**
 * The tic-tac-toe demo: the application and its Socket.IO controller.
 */
@NullMarked
package io.github.sioasyncapi.demo.tictactoe;

import org.jspecify.annotations.NullMarked;
