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

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.task.TaskDecorator;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's beans extend the handler side: an argument resolver (for event handlers and
 * exception handlers alike), an error ack factory, a task decorator around each handler task, and
 * an executor of its own for the handlers.
 */
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1" })
class ExtensionPointsTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void customArgumentResolverTaskDecoratorAndExecutorArePickedUp() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("tenant")).isEqualTo(json("""
					[{"tenant": "tenant-of-%s", "decorated": "yes", "thread": "app-handler"}]"""
				.formatted(client.id())));
		}
	}

	@Test
	void exceptionHandlersTakeWhatCustomResolversResolve() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("unsupported")).isEqualTo(json("""
					["tenant-of-%s cannot do this"]""".formatted(client.id())));
		}
	}

	@Test
	void customErrorAckFactoryAnswersFailuresNobodyHandled() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("conflict")).isEqualTo(json("""
					[{"error": {"code": "conflict", "message": "already taken"}}]"""));
			// the default answers what the custom factory leaves to it
			assertThat(client.emitWithAck("nobody_handles_this").get(0).get("error").get("code").asString())
				.isEqualTo("unknown_event");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(TenantController.class)
	static class App {

		@Bean
		HandlerMethodArgumentResolver tenantArgumentResolver() {
			return new HandlerMethodArgumentResolver() {

				@Override
				public boolean supportsParameter(MethodParameter parameter) {
					return parameter.getParameterType() == Tenant.class;
				}

				@Override
				public Object resolveArgument(MethodParameter parameter, Message<?> message) {
					SocketIoInvocation invocation = (SocketIoInvocation) message.getPayload();
					return new Tenant("tenant-of-" + invocation.getClient().getSessionId());
				}

			};
		}

		@Bean
		ErrorAckFactory conflictErrorAcks() {
			return new DefaultErrorAcks() {

				@Override
				public ErrorAck forFailure(String namespace, String event, Throwable failure, boolean acked) {
					if (failure instanceof IllegalStateException) {
						return new ErrorAck(new ErrorAck.Error("conflict", failure.getMessage(), List.of(), null));
					}
					return super.forFailure(namespace, event, failure, acked);
				}

			};
		}

		@Bean
		TaskDecorator mdcTaskDecorator() {
			return (task) -> () -> {
				MDC.put("decorated", "yes");
				try {
					task.run();
				}
				finally {
					MDC.remove("decorated");
				}
			};
		}

		@Bean(destroyMethod = "shutdown")
		ExecutorService applicationHandlerThreads() {
			return Executors.newFixedThreadPool(2, new CustomizableThreadFactory("app-handler-"));
		}

		@Bean
		SocketIoHandlerExecutor socketIoHandlerExecutor(Executor applicationHandlerThreads) {
			return SocketIoHandlerExecutor.of(applicationHandlerThreads);
		}

	}

	record Tenant(String id) {
	}

	@SocketIoController
	static class TenantController {

		@OnEvent("tenant")
		java.util.Map<String, String> tenant(Tenant tenant) {
			return java.util.Map.of("tenant", tenant.id(), "decorated", String.valueOf(MDC.get("decorated")), "thread",
					Thread.currentThread().getName().replaceAll("-\\d+$", ""));
		}

		@OnEvent("unsupported")
		String unsupported() {
			throw new UnsupportedOperationException();
		}

		@SocketIoExceptionHandler
		String cannot(UnsupportedOperationException ex, Tenant tenant) {
			return tenant.id() + " cannot do this";
		}

		@OnEvent("conflict")
		String conflict() {
			throw new IllegalStateException("already taken");
		}

	}

}
