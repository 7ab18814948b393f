package io.github.sioasyncapi.test.autoconfigure.secured;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application whose Socket.IO clients authenticate with JWTs, for the tests of the slice with
 * Spring Security; its method security is a configuration of its own.
 */
@SpringBootApplication
public class SecuredApplication {

}
