package io.github.sioasyncapi.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document endpoints and the viewer of a WebFlux application on Reactor Netty, with the
 * same paths, headers and caching as on Spring MVC.
 */
class AsyncApiViewerWebFluxServerTests extends AbstractAsyncApiServerTests {

	@Override
	String[] webProperties() {
		return new String[] { "spring.main.web-application-type=reactive", "spring.webflux.base-path=/ctx" };
	}

	@Test
	void runsOnReactorNetty() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(((ReactiveWebServerApplicationContext) this.context).getWebServer()).isInstanceOf(NettyWebServer.class);
	}

}
