package io.github.sioasyncapi.asyncapi;

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The differential test with snake_case names on the wire and unknown properties rejected.
 */
@SpringBootTest(classes = CorpusApp.class,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
				"spring.jackson.property-naming-strategy=SNAKE_CASE",
				"spring.jackson.deserialization.fail-on-unknown-properties=true" })
class SnakeCaseDifferentialTests extends AbstractDifferentialTests {

}
