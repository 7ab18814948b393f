/**
 * Operating the server: the {@code socketio} Actuator endpoint, the {@code socketIo} health
 * indicator and Micrometer metrics.
 */
@NullMarked
package io.github.sioasyncapi.actuate;

import org.jspecify.annotations.NullMarked;
