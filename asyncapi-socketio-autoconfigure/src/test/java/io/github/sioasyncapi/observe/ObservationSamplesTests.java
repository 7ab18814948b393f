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

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.GlobalObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of docs/observability.md as written there: a {@code GlobalObservationConvention}
 * bean that adds a key to the events' observations (their spans and timers), and
 * {@code management.observations.enable.socketio=false}, which turns the observations off and
 * keeps the metrics.
 */
@Tag("integrations")
class ObservationSamplesTests {

	@Test
	void aGlobalConventionBeanAddsItsKeyToTheEventsSpansAndTimers() {
		try (ConfigurableApplicationContext context = run(new Class<?>[] { App.class, ObservationConfiguration.class })) {
			SimpleTracer tracer = context.getBean(SimpleTracer.class);
			try (SocketIoTestClient client = SocketIoTestClient.connect(SocketIoTestClient.port(context),
					new SocketIoTestClient.Options().namespace("/chat"))) {
				client.emitWithAck("say", "\"hi\"");
			}
			Awaitility.await().atMost(SocketIoTestClient.TIMEOUT).until(() -> finished(tracer, "/chat say").size() == 1);
			assertThat(finished(tracer, "/chat say").get(0).getTags()).containsEntry("tenant", "chat")
				.containsEntry("event", "say");
			assertThat(finished(tracer, "connect /chat").get(0).getTags()).doesNotContainKey("tenant");
			assertThat(context.getBean(MeterRegistry.class).get("socketio.event").tag("tenant", "chat").timer().count())
				.isOne();
			// Actuator's default: a long-task timer beside each observation's timer
			assertThat(context.getBean(MeterRegistry.class).find("socketio.event.active").longTaskTimer()).isNotNull();
		}
	}

	@Test
	void observationsTurnedOffKeepTheMetrics() {
		try (ConfigurableApplicationContext context = run(new Class<?>[] { App.class },
				"management.observations.enable.socketio=false")) {
			MeterRegistry meters = sayOnChat(context, "socketio.events");
			assertThat(meters.find("socketio.event").meters()).isEmpty();
			assertThat(context.getBean(SimpleTracer.class).getSpans()).isEmpty();
		}
	}

	@Test
	void eventObservationsTurnedOffKeepConnectObservations() {
		try (ConfigurableApplicationContext context = run(new Class<?>[] { App.class },
				"management.observations.enable.socketio.event=false")) {
			MeterRegistry meters = sayOnChat(context, "socketio.events");
			assertThat(meters.find("socketio.event").meters()).isEmpty();
			assertThat(meters.find("socketio.connect").timer()).isNotNull();
			SimpleTracer tracer = context.getBean(SimpleTracer.class);
			assertThat(finished(tracer, "/chat say")).isEmpty();
			assertThat(finished(tracer, "connect /chat")).hasSize(1);
		}
	}

	@Test
	void ignoredLongTaskTimersLeaveTheEventTimers() {
		try (ConfigurableApplicationContext context = run(new Class<?>[] { App.class },
				"management.metrics.observations.ignored-meters=long-task-timer")) {
			MeterRegistry meters = sayOnChat(context, "socketio.event");
			assertThat(meters.find("socketio.event.active").meters()).isEmpty();
		}
	}

	/**
	 * Emit {@code say} on {@code /chat} and wait for the meter of that name to have recorded it.
	 */
	private static MeterRegistry sayOnChat(ConfigurableApplicationContext context, String meter) {
		try (SocketIoTestClient client = SocketIoTestClient.connect(SocketIoTestClient.port(context),
				new SocketIoTestClient.Options().namespace("/chat"))) {
			client.emitWithAck("say", "\"hi\"");
		}
		MeterRegistry meters = context.getBean(MeterRegistry.class);
		Awaitility.await()
			.atMost(SocketIoTestClient.TIMEOUT)
			.until(() -> meters.find(meter).tag("event", "say").timer() != null);
		return meters;
	}

	private static ConfigurableApplicationContext run(Class<?>[] sources, String... properties) {
		return new SpringApplicationBuilder(sources)
			.properties("spring.main.web-application-type=none", "socketio.server.port=0",
					"socketio.server.host=127.0.0.1", "socketio.security.enabled=false",
					"management.tracing.sampling.probability=1.0")
			.properties(properties)
			.run();
	}

	/** The spans of a name that ended. */
	private static List<FinishedSpan> finished(SimpleTracer tracer, String name) {
		return tracer.getSpans()
			.stream()
			.filter((span) -> span.getEndTimestamp().isAfter(Instant.EPOCH))
			.map(FinishedSpan.class::cast)
			.filter((span) -> name.equals(span.getName()))
			.toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ChatController.class)
	static class App {

		@Bean
		SimpleTracer tracer() {
			return new SimpleTracer();
		}

	}

	@SocketIoController("/chat")
	static class ChatController {

		@OnEvent("say")
		String say(String text) {
			return text;
		}

	}

	// as in docs/observability.md

	@Configuration
	static class ObservationConfiguration {

		@Bean
		GlobalObservationConvention<SocketIoObservationContext> tenantEventConvention() {
			return new TenantEventConvention();
		}

		static class TenantEventConvention extends DefaultSocketIoObservationConvention
				implements GlobalObservationConvention<SocketIoObservationContext> {

			TenantEventConvention() {
				super(SocketIoObservationContext.Kind.EVENT);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof SocketIoObservationContext socketIo
						&& socketIo.getKind() == SocketIoObservationContext.Kind.EVENT;
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(SocketIoObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("tenant", context.getNamespace().substring(1));
			}

		}

	}

}
