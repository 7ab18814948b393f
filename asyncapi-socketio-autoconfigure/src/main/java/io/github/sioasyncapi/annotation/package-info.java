/**
 * Annotations of the programming model: controllers, event, connect and disconnect handlers,
 * declared emits and exception handlers.
 */
@NullMarked
package io.github.sioasyncapi.annotation;

import org.jspecify.annotations.NullMarked;
