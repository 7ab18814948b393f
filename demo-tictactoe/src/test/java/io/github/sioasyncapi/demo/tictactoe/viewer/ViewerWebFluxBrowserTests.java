/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
