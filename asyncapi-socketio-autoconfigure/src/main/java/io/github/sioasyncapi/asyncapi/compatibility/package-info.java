/**
 * Compatibility of two AsyncAPI documents for existing Socket.IO clients: which changes break
 * clients written against the older one, as a JUnit assertion and from the command line.
 */
@NullMarked
package io.github.sioasyncapi.asyncapi.compatibility;

import org.jspecify.annotations.NullMarked;
