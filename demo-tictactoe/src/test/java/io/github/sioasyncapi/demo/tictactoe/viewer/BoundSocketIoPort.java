package io.github.sioasyncapi.demo.tictactoe.viewer;

import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The demo documents its server as {@code localhost:9092}; with a random Socket.IO port, the
 * document's server follows the port actually bound, so that the playground connects to it by
 * default. (The document is built on first request, once the server runs.)
 */
@TestConfiguration(proxyBeanMethods = false)
class BoundSocketIoPort {

	@Bean
	AsyncApiCustomizer boundSocketIoPort(Environment environment) {
		return (document) -> document.getServers()
			.values()
			.forEach((server) -> server.setHost(
					"localhost:" + environment.getRequiredProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY)));
	}

}
