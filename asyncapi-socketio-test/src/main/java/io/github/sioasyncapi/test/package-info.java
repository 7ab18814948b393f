/**
 * {@link io.github.sioasyncapi.test.SocketIoTester}: tests of Socket.IO handlers through a real
 * Socket.IO client, with every acknowledgement and event checked against the application's
 * AsyncAPI document.
 */
@NullMarked
package io.github.sioasyncapi.test;

import org.jspecify.annotations.NullMarked;
