/**
 * The default error acknowledgement, its codes, and the exceptions that map to them.
 */
@NullMarked
package io.github.sioasyncapi.error;

import org.jspecify.annotations.NullMarked;
