package io.github.sioasyncapi.asyncapi;

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The differential test with Spring Boot's Jackson defaults: Java property names, unknown
 * properties ignored.
 */
@SpringBootTest(classes = CorpusApp.class, properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1" })
class DefaultNamingDifferentialTests extends AbstractDifferentialTests {

}
