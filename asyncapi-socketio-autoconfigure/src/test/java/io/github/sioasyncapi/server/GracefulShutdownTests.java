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

package io.github.sioasyncapi.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.sioasyncapi.actuate.SocketIoHealthIndicator;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static io.github.sioasyncapi.testsupport.SocketIoTestClient.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the application: in-flight handlers finish and their acks arrive, health follows
 * the server's state, and nothing is left running.
 */
class GracefulShutdownTests {

	@Test
	void anInFlightHandlerFinishesAndItsAckArrivesOnShutdown() throws Exception {
		ConfigurableApplicationContext context = start();
		int port = port(context);
		Gate gate = context.getBean(Gate.class);
		try (SocketIoTestClient client = SocketIoTestClient.connect(port)) {
			CompletableFuture<ArrayNode> ack = client.emitWithAckAsync("slow");
			assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> closed = CompletableFuture.runAsync(context::close);
			SocketIoServerLifecycle lifecycle = context.getBean(SocketIoServerLifecycle.class);
			await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.getState() == SocketIoServerLifecycle.State.STOPPING);
			assertThat(ack).isNotDone();
			gate.release.countDown();
			assertThat(ack.get(30, TimeUnit.SECONDS)).isEqualTo(json("[\"finished\"]"));
			closed.get(30, TimeUnit.SECONDS);
			await().atMost(Duration.ofSeconds(20)).until(() -> !client.isConnected());
		}
	}

	@Test
	void theContextStopsTheServerOnAThreadOfItsOwn() throws Exception {
		ConfigurableApplicationContext context = start();
		Gate gate = context.getBean(Gate.class);
		SocketIoServerLifecycle lifecycle = context.getBean(SocketIoServerLifecycle.class);
		try (SocketIoTestClient client = SocketIoTestClient.connect(port(context))) {
			CompletableFuture<ArrayNode> ack = client.emitWithAckAsync("slow");
			assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
			CountDownLatch stopped = new CountDownLatch(1);
			// returns while the handler holds the stop up: the web server can stop meanwhile
			lifecycle.stop(stopped::countDown);
			assertThat(stopped.getCount()).isOne();
			await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.getState() == SocketIoServerLifecycle.State.STOPPING);
			gate.release.countDown();
			assertThat(ack.get(30, TimeUnit.SECONDS)).isEqualTo(json("[\"finished\"]"));
			assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(lifecycle.isRunning()).isFalse();
		}
		finally {
			context.close();
		}
	}

	@Test
	void healthIsDownOnceStopped() {
		ConfigurableApplicationContext context = start();
		SocketIoHealthIndicator health = context.getBean(SocketIoHealthIndicator.class);
		assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
		context.getBean(SocketIoServerLifecycle.class).stop();
		assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.health(true).getDetails()).containsEntry("state", "STOPPED");
		context.close();
	}

	@Test
	void healthIsDownWithTheReasonAfterAFailedStart() throws IOException {
		ConfigurableApplicationContext context = start();
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			com.corundumstudio.socketio.Configuration configuration = new com.corundumstudio.socketio.Configuration();
			configuration.setHostname("127.0.0.1");
			configuration.setPort(taken.getLocalPort());
			configuration.setJsonSupport(context.getBean(io.github.sioasyncapi.json.SocketIoJsonSupport.class));
			SocketIoServerLifecycle lifecycle = new SocketIoServerLifecycle(new SpringSocketIoServer(configuration),
					context.getBean(io.github.sioasyncapi.handler.SocketIoDispatcher.class), context, Duration.ofSeconds(1));
			assertThatExceptionOfType(SocketIoServerStartException.class).isThrownBy(lifecycle::start);
			SocketIoHealthIndicator health = new SocketIoHealthIndicator(lifecycle);
			assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.health(true).getDetails()).containsEntry("state", "FAILED")
				.hasEntrySatisfying("reason", (reason) -> assertThat(reason.toString()).contains("Address already in use"));
		}
		finally {
			context.close();
		}
	}

	@Test
	void startingAndStoppingTwentyTimesLeavesNoThreads() {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		for (int i = 0; i < 20; i++) {
			ConfigurableApplicationContext context = start();
			try (SocketIoTestClient client = SocketIoTestClient.connect(port(context))) {
				assertThat(client.emitWithAck("fast")).isEqualTo(json("[\"fast\"]"));
			}
			context.close();
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(leftOver(before)).isEmpty());
	}

	private static List<String> leftOver(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> !before.contains(thread) && thread.isAlive())
			.map(Thread::getName)
			.filter((name) -> name.startsWith("socketio-handler") || name.contains("EventLoop")
					|| name.contains("eventLoop") || name.startsWith("hashedWheel") || name.startsWith("nioEventLoop"))
			.toList();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties("socketio.server.port=0", "socketio.server.host=127.0.0.1", "spring.main.banner-mode=off")
			.run();
	}

	static class Gate {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(SlowController.class)
	static class App {

		@Bean
		Gate gate() {
			return new Gate();
		}

	}

	@SocketIoController
	static class SlowController {

		private final Gate gate;

		SlowController(Gate gate) {
			this.gate = gate;
		}

		@OnEvent("slow")
		String slow() throws InterruptedException {
			this.gate.entered.countDown();
			this.gate.release.await(30, TimeUnit.SECONDS);
			return "finished";
		}

		@OnEvent("fast")
		String fast() {
			return "fast";
		}

	}

}
