/**
 * Test auto-configuration of the {@link io.github.sioasyncapi.test.SocketIoTester}:
 * {@link io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}
 * for {@code @SpringBootTest}, and the
 * {@link io.github.sioasyncapi.test.autoconfigure.SocketIoTest @SocketIoTest} slice.
 */
@NullMarked
package io.github.sioasyncapi.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
