/**
 * Auto-configuration of asyncapi-socketio and its {@code socketio.*} properties.
 */
@NullMarked
package io.github.sioasyncapi.autoconfigure;

import org.jspecify.annotations.NullMarked;
