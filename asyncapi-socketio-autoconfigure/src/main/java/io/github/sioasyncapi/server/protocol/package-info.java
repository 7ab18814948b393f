/**
 * The Engine.IO and Socket.IO protocol as this starter serves it: the handlers that replace or
 * correct netty-socketio's in the channel pipeline, each naming the netty-socketio behaviour it
 * works around.
 */
@NullMarked
package io.github.sioasyncapi.server.protocol;

import org.jspecify.annotations.NullMarked;
