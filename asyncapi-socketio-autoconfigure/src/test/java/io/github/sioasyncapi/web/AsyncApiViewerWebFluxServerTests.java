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
