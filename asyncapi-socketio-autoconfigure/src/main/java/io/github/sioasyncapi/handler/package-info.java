/**
 * Handler methods and their dispatch: detection of controllers, the registry of handlers by
 * namespace, per-client ordered execution, acknowledgements and the exception handler chain.
 */
@NullMarked
package io.github.sioasyncapi.handler;

import org.jspecify.annotations.NullMarked;
