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

package io.github.sioasyncapi.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.actuate.SocketIoEndpoint.NamespaceDescriptor;
import io.github.sioasyncapi.actuate.SocketIoEndpoint.SocketIoDescriptor;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJackson2ObjectMapper;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Actuator endpoint, health and metrics with real clients and traffic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socketio.server.port=0", "management.endpoints.web.exposure.include=health,socketio",
				"management.endpoint.health.show-details=always",
				"spring.jackson.property-naming-strategy=SNAKE_CASE" })
class OperationsTests {

	@LocalServerPort
	int webPort;

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SocketIoEndpoint endpoint;

	@Autowired
	SocketIoHealthIndicator health;

	@Autowired
	MeterRegistry meters;

	@Test
	void endpointShowsClientsRoomsHandlersEmitsAndCounters() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port);
				SocketIoTestClient bob = SocketIoTestClient.connect(this.port)) {
			ann.emitWithAck("join", "\"lobby\"");
			bob.emitWithAck("join", "\"lobby\"");
			ann.emitWithAck("score", "3");
			ann.emitWithAck("score", "30");
			ann.emitWithAck("nobody_handles_this");
			await().atMost(Duration.ofSeconds(5)).until(() -> root().connectedClients() == 2);
			NamespaceDescriptor root = root();
			assertThat(root.rooms()).containsEntry("lobby", 2);
			assertThat(root.handlers()).extracting(SocketIoEndpoint.HandlerDescriptor::event)
				.containsExactlyInAnyOrder("join", "score");
			assertThat(root.handlers())
				.filteredOn((handler) -> handler.event().equals("score"))
				.singleElement()
				.satisfies((handler) -> {
					assertThat(handler.payload()).containsExactly("int");
					assertThat(handler.ack()).isEqualTo("String");
					assertThat(handler.method()).isEqualTo("ScoreController#score");
				});
			assertThat(root.emits()).singleElement().satisfies((emit) -> {
				assertThat(emit.event()).isEqualTo("scored");
				assertThat(emit.payload()).containsExactly("Integer");
			});
			assertThat(root.events().get("score").received()).isGreaterThanOrEqualTo(2);
			assertThat(root.events().get("score").acked()).isGreaterThanOrEqualTo(2);
			assertThat(root.events().get("score").failed()).containsKey("invalid_payload");
			assertThat(root.events().get("UNKNOWN").failed()).containsKey("unknown_event");
			assertThat(root.clients()).isNull();
			SocketIoDescriptor all = this.endpoint.socketIo();
			assertThat(all.server().accepting()).isTrue();
			assertThat(all.server().port()).isEqualTo(this.port);
			assertThat(all.server().store()).isEqualTo("memory");
			assertThat(all.server().transports()).containsExactly("websocket", "polling");
			assertThat(all.namespaces()).containsKey("/");
			SocketIoEndpoint.ClientsDescriptor clients = all.server().clients();
			assertThat(clients.sessions()).isEqualTo(2);
			assertThat(clients.pendingEvents().limit()).isEqualTo(64);
			assertThat(clients.outboundBytes().limit()).isEqualTo(1024 * 1024);
			assertThat(clients.outboundHardLimit()).isEqualTo(8 * 1024 * 1024);
			assertThat(clients.evicted()).containsOnlyKeys("slow_consumer", "outbound_hard_limit");
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> root().connectedClients() == 0);
		assertThat(root().rooms()).doesNotContainKey("lobby");
		assertThat(this.endpoint.namespace("nope")).isNull();
	}

	@Test
	void healthIsUpWhileTheServerAccepts() throws Exception {
		assertThat(this.health.health(true).getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health(true).getDetails()).containsEntry("port", this.port);
		JsonNode health = get("/actuator/health");
		assertThat(health.get("components").get("socketIo").get("status").stringValue()).isEqualTo("UP");
	}

	@Test
	void endpointsAreWrittenWithJackson3AndActuatorBuildsNoJackson2Mapper() throws Exception {
		assertThat(this.context.getBeanNamesForType(EndpointJackson2ObjectMapper.class)).isEmpty();
		assertThat(get("/actuator/socketio").get("namespaces").has("/")).isTrue();
	}

	@Test
	void endpointIsServedOverHttpWithoutPayloadsOrAddresses() throws Exception {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			ann.emitWithAck("score", "7");
			JsonNode root = get("/actuator/socketio").get("namespaces").get("/");
			assertThat(root.get("connectedClients").intValue()).isEqualTo(1);
			assertThat(root.toString()).doesNotContain("127.0.0.1").doesNotContain(ann.id());
			assertThat(get("/actuator/socketio/root").get("name").stringValue()).isEqualTo("/");
			JsonNode clients = get("/actuator/socketio").get("server").get("clients");
			assertThat(clients.get("pendingEvents").get("limit").intValue()).isEqualTo(64);
			assertThat(clients.get("evicted").get("slow_consumer").longValue()).isZero();
		}
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return SocketIoTestClient.json(response.body());
	}

	@Test
	void metricsTimeEventsByOutcomeWithBoundedTags() {
		try (SocketIoTestClient ann = SocketIoTestClient.connect(this.port)) {
			ann.emitWithAck("score", "1");
			ann.emitWithAck("score", "99");
			for (int i = 0; i < 20; i++) {
				ann.emitWithAck("random_" + UUID.randomUUID());
			}
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.meters.find("socketio.connections").tag("namespace", "/").gauge().value() >= 1);
			assertThat(timerCount("score", "ok")).isGreaterThanOrEqualTo(1);
			assertThat(timerCount("score", "invalid_payload")).isGreaterThanOrEqualTo(1);
			assertThat(this.meters.find("socketio.events").tag("outcome", "unknown_event").timers())
				.singleElement()
				.satisfies((timer) -> assertThat(timer.getId().getTag("event")).isEqualTo("UNKNOWN"));
			assertThat(this.meters.get("socketio.validation.failures")
				.tags("event", "score", "kind", "request")
				.counter()
				.count()).isGreaterThanOrEqualTo(1);
			assertThat(this.meters.get("socketio.emits").tags("event", "scored").counter().count())
				.isGreaterThanOrEqualTo(1);
		}
	}

	private long timerCount(String event, String outcome) {
		return this.meters.get("socketio.events")
			.tags("namespace", "/", "event", event, "outcome", outcome)
			.timer()
			.count();
	}

	private NamespaceDescriptor root() {
		return this.endpoint.namespace("root");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ScoreController.class)
	static class App {

	}

	@SocketIoController
	@Emits(event = "scored", payload = Integer.class)
	static class ScoreController {

		@OnEvent("join")
		void join(SocketIOClient client, String room) {
			client.joinRoom(room);
		}

		@OnEvent("score")
		String score(@Max(10) int points, SocketIoEmitter emitter) {
			emitter.emit("scored", points);
			return "ok";
		}

	}

}
