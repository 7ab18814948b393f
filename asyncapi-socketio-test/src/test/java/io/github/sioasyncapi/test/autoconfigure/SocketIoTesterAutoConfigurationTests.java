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

package io.github.sioasyncapi.test.autoconfigure;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.autoconfigure.AsyncApiAutoConfiguration;
import io.github.sioasyncapi.autoconfigure.SocketIoAutoConfiguration;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.test.SocketIoTester;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SocketIoTesterAutoConfiguration}.
 */
class SocketIoTesterAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, SocketIoAutoConfiguration.class,
				AsyncApiAutoConfiguration.class, SocketIoTesterAutoConfiguration.class))
		.withUserConfiguration(SurpriseController.class)
		.withPropertyValues("socketio.server.port=0", "socketio.server.host=127.0.0.1",
				"socketio.validation.undeclared-emits=allow");

	@Test
	void aTesterIsBoundToTheServerAndChecksAgainstItsDocument() {
		this.runner.run((context) -> {
			SocketIoTester tester = context.getBean(SocketIoTester.class);
			try (SocketIoTester.Client client = tester.connect()) {
				client.emit("surprise");
				assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> client.expectEvent("surprised"))
					.withMessageContaining("the document has no 'send' operation of an event 'surprised'");
			}
		});
	}

	@Test
	void withoutADocumentNothingIsChecked() {
		this.runner.withPropertyValues("socketio.asyncapi.enabled=false").run((context) -> {
			try (SocketIoTester.Client client = context.getBean(SocketIoTester.class).connect()) {
				client.emit("surprise");
				assertThat(client.expectEvent("surprised").arguments()).isEmpty();
			}
		});
	}

	@Test
	void backsOffWithoutASocketIoServer() {
		this.runner.withPropertyValues("socketio.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SocketIoTester.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesATester() {
		this.runner.withUserConfiguration(OwnTester.class)
			.run((context) -> assertThat(context).getBean(SocketIoTester.class)
				.isSameAs(context.getBean(OwnTester.class).tester));
	}

	@Test
	void aServerThatHasNotStartedIsNamed() {
		this.runner.withPropertyValues("socketio.server.auto-startup=false").run((context) -> {
			SocketIoTester tester = context.getBean(SocketIoTester.class);
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(tester::connect)
				.withMessageContaining("The Socket.IO server has not started");
		});
	}

	@SocketIoController
	static class SurpriseController {

		@OnEvent("surprise")
		void surprise(SocketIoEmitter emitter) {
			emitter.emit("surprised");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnTester {

		final SocketIoTester tester = SocketIoTester.builder().port(1).build();

		@Bean
		SocketIoTester ownTester() {
			return this.tester;
		}

	}

}
