/**
 * Spring Security for Socket.IO: clients authenticated with a bearer token when they connect,
 * the security context on handler threads (so that method security works on controllers), and
 * {@code @AuthenticationPrincipal} parameters.
 */
@NullMarked
package io.github.sioasyncapi.security;

import org.jspecify.annotations.NullMarked;
