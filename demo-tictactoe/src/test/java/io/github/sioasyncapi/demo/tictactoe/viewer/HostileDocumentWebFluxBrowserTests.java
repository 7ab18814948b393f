package io.github.sioasyncapi.demo.tictactoe.viewer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HostileDocumentBrowserTests} against the demo run as a WebFlux application on Reactor
 * Netty, under a base path ({@code spring.webflux.base-path}) and a changed
 * {@code socketio.asyncapi.path}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "server.address=127.0.0.1",
				"socketio.server.host=127.0.0.1", "socketio.server.port=0", "spring.webflux.base-path=/ctx",
				"socketio.asyncapi.path=/docs/socket-api" })
@Import(HostileDocumentBrowserTests.HostileText.class)
class HostileDocumentWebFluxBrowserTests extends HostileDocumentBrowserTests {

	@Autowired
	ReactiveWebServerApplicationContext context;

	@Test
	void runsOnReactorNetty() {
		assertThat(this.context.getWebServer()).isInstanceOf(NettyWebServer.class);
	}

}
