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

import java.util.Map;

import brave.handler.MutableSpan;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.FinishedSpans;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brave as Spring Boot configures it for micrometer-tracing: the trace and span ids of the
 * event's span are in the handler's MDC, and gone from the handler thread afterwards.
 */
@Tag("integrations")
@SpringBootTest(properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
		"management.tracing.sampling.probability=1.0", "socketio.security.enabled=false" })
class BraveTracingTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	FinishedSpans spans;

	@Test
	void theHandlersMdcHasTheTraceIdOfTheEventsSpan() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			JsonNode ids = client.emitWithAck("ids").get(0);
			Awaitility.await()
				.atMost(SocketIoTestClient.TIMEOUT)
				.until(() -> this.spans.named("/ ids").size() == 1);
			MutableSpan span = this.spans.named("/ ids").get(0);
			assertThat(ids.get("traceId").asString()).isEqualTo(span.traceId());
			assertThat(ids.get("spanId").asString()).isEqualTo(span.id());
			assertThat(span.tags()).containsEntry("event", "ids").containsEntry("outcome", "ok");
			// the next event on a handler thread gets its own trace, not the previous one's
			JsonNode next = client.emitWithAck("ids").get(0);
			assertThat(next.get("traceId").asString()).isNotEqualTo(span.traceId());
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(IdsController.class)
	static class App {

		@Bean
		FinishedSpans spans() {
			return new FinishedSpans();
		}

	}

	@SocketIoController
	static class IdsController {

		@OnEvent("ids")
		Map<String, String> ids() {
			return Map.of("traceId", String.valueOf(MDC.get("traceId")), "spanId", String.valueOf(MDC.get("spanId")));
		}

	}

}
