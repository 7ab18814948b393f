package io.github.sioasyncapi.demo.tictactoe.viewer;

import io.github.sioasyncapi.web.AsyncApiDocumentWebFluxHandler;
import io.github.sioasyncapi.web.AsyncApiViewerWebFluxHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ViewerBrowserTests} against the demo run as a WebFlux application on Reactor Netty:
 * the same page, document and playground, served by the reactive handlers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.address=127.0.0.1",
				"socketio.server.host=127.0.0.1", "socketio.server.port=0" })
class ViewerWebFluxBrowserTests extends ViewerBrowserTests {

	@Autowired
	ReactiveWebServerApplicationContext context;

	@Test
	void servesTheViewerWithWebFluxOnReactorNetty() {
		assertThat(this.context.getWebServer()).isInstanceOf(NettyWebServer.class);
		assertThat(this.context.getBeansOfType(AsyncApiDocumentWebFluxHandler.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(AsyncApiViewerWebFluxHandler.class)).hasSize(1);
	}

}
