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

package io.github.sioasyncapi.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.emit.SocketIoTemplate;
import io.github.sioasyncapi.handler.SocketIoDispatcher;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.server.SocketIoServerCustomizer;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.server.SocketIoServerStartException;
import io.github.sioasyncapi.server.SpringSocketIoServer;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import io.github.sioasyncapi.server.protocol.ClientLimits;
import io.github.sioasyncapi.validation.ConstraintValidation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SocketIoAutoConfiguration}.
 */
class SocketIoAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
				SocketIoAutoConfiguration.class))
		.withPropertyValues("socketio.server.port=0", "socketio.server.host=127.0.0.1");

	@Test
	void startsAServerWithSafeDefaultsAndPublishesItsPort() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SpringSocketIoServer.class)
				.hasSingleBean(SocketIoHandlerRegistry.class)
				.hasSingleBean(SocketIoDispatcher.class)
				.hasSingleBean(SocketIoTemplate.class)
				.hasSingleBean(ConstraintValidation.class);
			Configuration configuration = context.getBean(Configuration.class);
			assertThat(configuration.isRandomSession()).isTrue();
			assertThat(configuration.getSocketConfig().isReuseAddress()).isTrue();
			assertThat(configuration.isWebsocketCompression()).isFalse();
			assertThat(configuration.getAckMode()).isEqualTo(AckMode.MANUAL);
			assertThat(configuration.getJsonSupport()).isInstanceOf(SocketIoJsonSupport.class);
			assertThat(configuration.getContext()).isEqualTo("/socket.io");
			assertThat(configuration.getPingInterval()).isEqualTo(25_000);
			assertThat(configuration.getPingTimeout()).isEqualTo(20_000);
			assertThat(configuration.getMaxFramePayloadLength()).isEqualTo(64 * 1024);
			assertThat(configuration.getMaxHttpContentLength()).isEqualTo(64 * 1024);
			SocketIoServerLifecycle lifecycle = context.getBean(SocketIoServerLifecycle.class);
			assertThat(lifecycle.isRunning()).isTrue();
			int port = lifecycle.getAddress().getPort();
			assertThat(port).isPositive();
			assertThat(context.getEnvironment().getProperty("local.socketio.server.port", Integer.class))
				.isEqualTo(port);
		});
	}

	@Test
	void mapsServerProperties() {
		this.runner
			.withPropertyValues("socketio.server.path=/io", "socketio.server.ping-interval=5s",
					"socketio.server.ping-timeout=3s", "socketio.server.max-payload=1MB",
					"socketio.server.websocket-compression=true", "socketio.server.transports=websocket",
					"socketio.server.worker-threads=3", "socketio.server.tcp-keep-alive=true",
					"socketio.server.first-data-timeout=2s", "socketio.server.upgrade-timeout=4s")
			.run((context) -> {
				Configuration configuration = context.getBean(Configuration.class);
				assertThat(configuration.getHostname()).isEqualTo("127.0.0.1");
				assertThat(configuration.getContext()).isEqualTo("/io");
				assertThat(configuration.getPingInterval()).isEqualTo(5000);
				assertThat(configuration.getPingTimeout()).isEqualTo(3000);
				assertThat(configuration.getMaxFramePayloadLength()).isEqualTo(1024 * 1024);
				assertThat(configuration.isWebsocketCompression()).isTrue();
				assertThat(configuration.getTransports()).containsExactly(Transport.WEBSOCKET);
				assertThat(configuration.getWorkerThreads()).isEqualTo(3);
				assertThat(configuration.getSocketConfig().isTcpKeepAlive()).isTrue();
				assertThat(configuration.getFirstDataTimeout()).isEqualTo(2000);
				assertThat(configuration.getUpgradeTimeout()).isEqualTo(4000);
			});
	}

	@Test
	void limitsEachClientByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(ClientFlowControl.class).getLimits())
			.isEqualTo(ClientLimits.DEFAULTS)
			.isEqualTo(new ClientLimits(64, 1024 * 1024, 8 * 1024 * 1024, Duration.ofSeconds(10))));
	}

	@Test
	void mapsClientLimits() {
		this.runner
			.withPropertyValues("socketio.server.max-pending-events=16", "socketio.server.max-outbound-buffer=256KB",
					"socketio.server.max-outbound-buffer-hard-limit=2MB", "socketio.server.slow-consumer-timeout=3s")
			.run((context) -> assertThat(context.getBean(ClientFlowControl.class).getLimits())
				.isEqualTo(new ClientLimits(16, 256 * 1024, 2 * 1024 * 1024, Duration.ofSeconds(3))));
	}

	@Test
	void aHardLimitBelowTheOutboundLimitFailsTheStartNamingBoth() {
		this.runner
			.withPropertyValues("socketio.server.max-outbound-buffer=2MB",
					"socketio.server.max-outbound-buffer-hard-limit=1MB")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("socketio.server.max-outbound-buffer-hard-limit (1048576 bytes)")
				.hasMessageContaining("socketio.server.max-outbound-buffer (2097152 bytes)"));
	}

	@Test
	void customizersRunInOrderAfterProperties() {
		this.runner.withBean("second", SecondCustomizer.class)
			.withBean("first", FirstCustomizer.class)
			.run((context) -> assertThat(context.getBean(Configuration.class).getAllowHeaders())
				.isEqualTo("first,second"));
	}

	@Test
	void serverCanBeLeftToStartManually() {
		this.runner.withPropertyValues("socketio.server.auto-startup=false").run((context) -> {
			SocketIoServerLifecycle lifecycle = context.getBean(SocketIoServerLifecycle.class);
			assertThat(lifecycle.isRunning()).isFalse();
			assertThat(lifecycle.getState()).isEqualTo(SocketIoServerLifecycle.State.NEW);
			lifecycle.start();
			assertThat(lifecycle.isAccepting()).isTrue();
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("socketio.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SocketIOServer.class)
				.doesNotHaveBean(SocketIoServerLifecycle.class));
	}

	@Test
	void backsOffWithoutNettySocketIo() {
		this.runner.withClassLoader(new FilteredClassLoader(SocketIOServer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SocketIoServerLifecycle.class));
	}

	@Test
	void usesTheApplicationsServer() {
		this.runner.withUserConfiguration(OwnServer.class).run((context) -> {
			assertThat(context).hasSingleBean(SocketIOServer.class);
			assertThat(context.getBean(SocketIOServer.class)).isNotInstanceOf(SpringSocketIoServer.class);
			assertThat(context.getBean(SocketIoServerLifecycle.class).isRunning()).isTrue();
		});
	}

	@Test
	void noConstraintValidationWhenValidationIsDisabled() {
		this.runner.withPropertyValues("socketio.validation.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ConstraintValidation.class)
				.hasSingleBean(SocketIoDispatcher.class));
	}

	@Test
	void noConstraintValidationWithoutBeanValidation() {
		this.runner.withClassLoader(new FilteredClassLoader("jakarta.validation", "org.hibernate.validator"))
			.run((context) -> assertThat(context).doesNotHaveBean(ConstraintValidation.class)
				.hasSingleBean(SocketIoDispatcher.class));
	}

	@Test
	void aPortInUseFailsTheStartWithAClearMessage() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			this.runner.withPropertyValues("socketio.server.port=" + taken.getLocalPort()).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("Address already in use");
				assertThat(context.getStartupFailure()).cause()
					.isInstanceOf(SocketIoServerStartException.class)
					.hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
			});
		}
	}

	@Test
	void twoHandlersForTheSameEventFailTheStartNamingBoth() {
		this.runner.withBean(FirstHandler.class).withBean(SecondHandler.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("'move'")
				.hasMessageContaining("FirstHandler#move")
				.hasMessageContaining("SecondHandler#move");
		});
	}

	@Test
	void reservedEventNamesFailTheStart() {
		this.runner.withBean(ReservedEvent.class)
			.run((context) -> assertThat(context.getStartupFailure()).hasMessageContaining("reserves"));
	}

	@Test
	void disconnectHandlersCannotTakePayloads() {
		this.runner.withBean(DisconnectWithPayload.class)
			.run((context) -> assertThat(context.getStartupFailure())
				.hasMessageContaining("DisconnectWithPayload#left cannot take payload parameters"));
	}

	@Test
	void exceptionHandlersWithUnsupportedParametersFailTheStart() {
		this.runner.withBean(BadExceptionHandler.class)
			.run((context) -> assertThat(context.getStartupFailure())
				.hasMessageContaining("BadExceptionHandler#handle cannot take parameter Thread"));
	}

	@Order(2)
	static class SecondCustomizer implements SocketIoServerCustomizer {

		@Override
		public void customize(Configuration configuration) {
			configuration.setAllowHeaders(configuration.getAllowHeaders() + ",second");
		}

	}

	@Order(1)
	static class FirstCustomizer implements SocketIoServerCustomizer {

		@Override
		public void customize(Configuration configuration) {
			configuration.setAllowHeaders("first");
		}

	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class OwnServer {

		@Bean
		SocketIOServer ownServer(Configuration configuration) {
			return new SocketIOServer(configuration);
		}

	}

	@SocketIoController
	static class FirstHandler {

		@OnEvent("move")
		void move(String value) {
		}

	}

	@SocketIoController
	static class SecondHandler {

		@OnEvent("move")
		void move(String value) {
		}

	}

	@SocketIoController
	static class ReservedEvent {

		@OnEvent("disconnect")
		void disconnect(String value) {
		}

	}

	@SocketIoController
	static class DisconnectWithPayload {

		@OnDisconnect
		void left(String reason) {
		}

	}

	@SocketIoController
	static class BadExceptionHandler {

		@SocketIoExceptionHandler
		String handle(IllegalStateException ex, Thread thread) {
			return "no";
		}

	}

}
