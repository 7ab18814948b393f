/**
 * The bridge between netty-socketio's packet codec and the application's Jackson mapper.
 */
@NullMarked
package io.github.sioasyncapi.json;

import org.jspecify.annotations.NullMarked;
