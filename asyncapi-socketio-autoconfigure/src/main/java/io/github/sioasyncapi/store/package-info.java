/**
 * Several nodes behind one Socket.IO address: netty-socketio's Redisson store, with a clear
 * owner for its Redis client, and its health.
 */
@NullMarked
package io.github.sioasyncapi.store;

import org.jspecify.annotations.NullMarked;
