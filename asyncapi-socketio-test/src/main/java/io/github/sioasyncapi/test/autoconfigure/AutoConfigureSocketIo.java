package io.github.sioasyncapi.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * {@link ImportAutoConfiguration Auto-configuration imports} of the Socket.IO side of an
 * application: Bean Validation, the Socket.IO server and handler dispatch, its store, and the
 * AsyncAPI document (without its web endpoints, which need a web server). Most tests should
 * use {@link SocketIoTest @SocketIoTest} rather than this annotation.
 *
 * @see SocketIoTest
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSocketIo {

}
