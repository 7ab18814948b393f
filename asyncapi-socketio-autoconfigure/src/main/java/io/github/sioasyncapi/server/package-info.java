/**
 * The netty-socketio server: its lifecycle, start-up failures, origin checks and the
 * customization hook.
 */
@NullMarked
package io.github.sioasyncapi.server;

import org.jspecify.annotations.NullMarked;
