/**
 * TypeScript declarations of the AsyncAPI document for socket.io-client v4's typed sockets:
 * the event maps of every namespace ({@code ServerToClientEvents}, {@code ClientToServerEvents})
 * and the payload types, generated from the same document that is served.
 */
@NullMarked
package io.github.sioasyncapi.asyncapi.typescript;

import org.jspecify.annotations.NullMarked;
