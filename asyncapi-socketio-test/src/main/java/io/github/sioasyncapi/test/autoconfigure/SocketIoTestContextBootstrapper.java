package io.github.sioasyncapi.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * The {@link org.springframework.test.context.TestContextBootstrapper} of
 * {@link SocketIoTest @SocketIoTest}.
 */
class SocketIoTestContextBootstrapper extends TestSliceTestContextBootstrapper<SocketIoTest> {

}
