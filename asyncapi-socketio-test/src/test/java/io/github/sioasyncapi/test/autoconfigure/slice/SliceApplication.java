package io.github.sioasyncapi.test.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application with a Socket.IO side and a web side, for the tests of the slice.
 */
@SpringBootApplication
public class SliceApplication {

}
