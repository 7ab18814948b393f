/**
 * A small, mutable model of an AsyncAPI 3.1.0 document: just the objects this library
 * writes, in the order they are written. {@link io.github.sioasyncapi.asyncapi.AsyncApiCustomizer
 * Customizers} change it before it is served.
 */
@NullMarked
package io.github.sioasyncapi.asyncapi.model;

import org.jspecify.annotations.NullMarked;
