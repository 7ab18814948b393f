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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.test.SocketIoTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A port the test sets itself wins over the random port of
 * {@link AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}; the application's own
 * {@code socketio.server.port} (9092 in {@code application.properties}) does not.
 */
@SpringBootTest
@AutoConfigureSocketIoTester
class RandomPortTests {

	static final int FREE_PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("socketio.server.port", () -> FREE_PORT);
	}

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SocketIoTester tester;

	@Test
	void theTestsOwnPortWins() {
		assertThat(this.port).isEqualTo(FREE_PORT);
		assertThat(this.tester.connect().emitWithAck("ping").as(String.class)).isEqualTo("pong");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(PingController.class)
	static class App {

	}

	@SocketIoController
	static class PingController {

		@OnEvent("ping")
		String ping() {
			return "pong";
		}

	}

}
