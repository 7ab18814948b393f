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

package io.github.sioasyncapi.observe;

import java.time.Instant;
import java.util.List;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * micrometer-tracing's test tracer as the application's tracer (Spring Boot turns observations
 * into its spans): one span per event, connect and emit, named and tagged by the convention, the
 * event's span current in its handler, and an emit from the handler a child of it.
 */
@Tag("integrations")
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
		"management.tracing.sampling.probability=1.0", "socketio.security.enabled=false" })
class TestTracerTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SimpleTracer tracer;

	@Test
	void oneSpanPerEventWithTheConventionsNameAndTags() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			String spanInHandler = client.emitWithAck("echo", "\"hi\"").get(0).asString();
			client.emitWithAck("nobody_handles_this");
			Awaitility.await().atMost(SocketIoTestClient.TIMEOUT).until(() -> finished("/ ").size() == 2);
			assertThat(finished("/ ")).extracting(FinishedSpan::getName).containsExactly("/ echo", "/ UNKNOWN");
			FinishedSpan echo = finished("/ echo").get(0);
			assertThat(echo.getTags()).containsEntry("namespace", "/")
				.containsEntry("event", "echo")
				.containsEntry("outcome", "ok")
				.containsEntry("socketio.client.id", client.id());
			assertThat(spanInHandler).isEqualTo(echo.getSpanId());
			FinishedSpan emit = finished("emit ").get(0);
			assertThat(emit.getName()).isEqualTo("emit echoed");
			assertThat(emit.getTraceId()).isEqualTo(echo.getTraceId());
			assertThat(emit.getParentId()).isEqualTo(echo.getSpanId());
			FinishedSpan unknown = finished("/ UNKNOWN").get(0);
			assertThat(unknown.getTags()).containsEntry("event", "UNKNOWN").containsEntry("outcome", "unknown_event");
			assertThat(finished("connect ")).hasSize(1);
			FinishedSpan connect = finished("connect ").get(0);
			assertThat(connect.getName()).isEqualTo("connect /");
			assertThat(connect.getTags()).containsEntry("outcome", "ok");
		}
	}

	/** The spans that ended, whose name starts with a prefix, in the order they started. */
	private List<FinishedSpan> finished(String namePrefix) {
		return this.tracer.getSpans()
			.stream()
			.filter((span) -> span.getEndTimestamp().isAfter(Instant.EPOCH))
			.map(FinishedSpan.class::cast)
			.filter((span) -> span.getName() != null && span.getName().startsWith(namePrefix))
			.toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(EchoController.class)
	static class App {

		@Bean
		SimpleTracer tracer() {
			return new SimpleTracer();
		}

	}

	@SocketIoController
	static class EchoController {

		private final Tracer tracer;

		EchoController(Tracer tracer) {
			this.tracer = tracer;
		}

		@OnEvent("echo")
		@Emits(event = "echoed", payload = String.class)
		String echo(String text, SocketIoEmitter emitter) {
			emitter.emit("echoed", text);
			return this.tracer.currentSpan().context().spanId();
		}

	}

}
