/**
 * Sending events: the {@link io.github.sioasyncapi.emit.SocketIoEmitter} of a handler, the
 * {@link io.github.sioasyncapi.emit.SocketIoTemplate} for the rest of the application, and the
 * validation of what is sent against {@code @Emits} declarations.
 */
@NullMarked
package io.github.sioasyncapi.emit;

import org.jspecify.annotations.NullMarked;
