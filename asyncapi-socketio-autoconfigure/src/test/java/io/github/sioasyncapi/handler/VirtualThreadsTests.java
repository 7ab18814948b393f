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

package io.github.sioasyncapi.handler;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskDecorator;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.threads.virtual.enabled=true}, handlers run on virtual threads, each task
 * decorated by the application's task decorator.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
		"spring.threads.virtual.enabled=true" })
class VirtualThreadsTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void handlersRunOnDecoratedVirtualThreads() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("where")).isEqualTo(json("[\"virtual decorated\"]"));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(WhereController.class)
	static class App {

		@Bean
		TaskDecorator mdcTaskDecorator() {
			return (task) -> () -> {
				MDC.put("decorated", "decorated");
				try {
					task.run();
				}
				finally {
					MDC.remove("decorated");
				}
			};
		}

	}

	@SocketIoController
	static class WhereController {

		@OnEvent("where")
		String where() {
			// Thread#isVirtual is not in the Java 17 API this module compiles against
			boolean virtual = Thread.currentThread().getClass().getName().contains("VirtualThread");
			return (virtual ? "virtual " : "platform ") + MDC.get("decorated");
		}

	}

}
