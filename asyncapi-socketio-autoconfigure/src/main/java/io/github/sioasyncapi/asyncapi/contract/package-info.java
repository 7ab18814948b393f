/**
 * The contract an AsyncAPI document gives Socket.IO clients: per namespace, the events a
 * client emits and listens to, their payloads as Socket.IO arguments and their
 * acknowledgements. Read from the document as served or from a committed file; the TypeScript
 * declarations and the compatibility check are computed from it.
 */
@NullMarked
package io.github.sioasyncapi.asyncapi.contract;

import org.jspecify.annotations.NullMarked;
