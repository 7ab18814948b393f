/**
 * Observing the runtime: outcomes of handled events, emits and refused connects, for the
 * Actuator endpoint and metrics.
 */
@NullMarked
package io.github.sioasyncapi.observe;

import org.jspecify.annotations.NullMarked;
