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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.annotation.SpringAnnotationScanner;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.sioasyncapi.annotation.EventName;
import io.github.sioasyncapi.annotation.Namespace;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of the core runtime: a real netty-socketio server on a random port, a real
 * Socket.IO client, annotated controllers.
 */
@SpringBootTest(properties = "socketio.server.port=0")
class ControllerDispatchTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	EchoController echoController;

	@Autowired
	Probe probe;

	@Autowired
	LegacyController legacyController;

	@Autowired
	LifecycleController lifecycleController;

	@Autowired
	CountingAspect aspect;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void recordPayloadIsConvertedAndReturnValueIsTheAck(boolean polling) {
		SocketIoTestClient.Options options = new SocketIoTestClient.Options();
		if (polling) {
			options.polling();
		}
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, options)) {
			ArrayNode ack = client.emitWithAck("move", "{\"x\":1,\"y\":2,\"player\":\"X\"}");
			assertThat(ack).isEqualTo(json("[{\"x\":1,\"y\":2,\"player\":\"X\"}]"));
		}
	}

	@Test
	void severalPayloadParametersMakeAMultiArgumentEvent() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("sum", "40", "2")).isEqualTo(json("[42]"));
		}
	}

	@Test
	void listElementTypeIsKept() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			ArrayNode ack = client.emitWithAck("players", "[{\"x\":0,\"y\":0,\"player\":\"X\"},{\"x\":1,\"y\":1,\"player\":\"O\"}]");
			assertThat(ack).isEqualTo(json("[[\"X\",\"O\"]]"));
			assertThat(this.probe.lastMoves).allMatch(Move.class::isInstance);
		}
	}

	@Test
	void optionalPayloadMayBeMissing() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("maybe")).isEqualTo(json("[\"none\"]"));
			assertThat(client.emitWithAck("maybe", "null")).isEqualTo(json("[\"none\"]"));
			assertThat(client.emitWithAck("maybe", "{\"x\":2,\"y\":1,\"player\":\"O\"}")).isEqualTo(json("[\"O\"]"));
			// a value the type's creator maps to null is an empty Optional too
			assertThat(client.emitWithAck("nickname", "\"\"")).isEqualTo(json("[\"anonymous\"]"));
			assertThat(client.emitWithAck("nickname", "\"ace\"")).isEqualTo(json("[\"ace\"]"));
		}
	}

	@Test
	void untypedPayloadsAreJsonTreesAndMaps() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("tree", "{\"a\":[1,{\"b\":null}]}")).isEqualTo(json("[{\"a\":[1,{\"b\":null}]}]"));
			assertThat(client.emitWithAck("map", "{\"k\":\"v\",\"n\":1}")).isEqualTo(json("[{\"size\":2,\"k\":\"v\"}]"));
		}
	}

	@Test
	void enumsConvertByName() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("next", "\"X\"")).isEqualTo(json("[\"O\"]"));
		}
	}

	@Test
	void voidMethodAcksWithoutArguments() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("note", "\"hello\"")).isEqualTo(json("[]"));
			assertThat(this.probe.notes).contains("hello");
		}
	}

	@Test
	void completableFutureAcksWhenItCompletes() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			this.probe.later = new CompletableFuture<>();
			CompletableFuture<ArrayNode> ack = client.emitWithAckAsync("later", "\"done\"");
			await().atMost(java.time.Duration.ofSeconds(5)).until(() -> this.probe.laterCalls.get() > 0);
			assertThat(ack).isNotDone();
			this.probe.later.complete("done!");
			assertThat(ack.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(json("[\"done!\"]"));
		}
	}

	@Test
	void contextObjectsAreInjected() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			JsonNode ack = client.emitWithAck("whoami").get(0);
			assertThat(ack.get("session").stringValue()).isEqualTo(client.id());
			assertThat(ack.get("ackRequested").booleanValue()).isTrue();
			assertThat(ack.get("url").stringValue()).startsWith("/socket.io/");
			assertThat(ack.get("event").stringValue()).isEqualTo("whoami");
			assertThat(ack.get("namespace").stringValue()).isEqualTo("/");
			assertThat(ack.get("sameNamespace").booleanValue()).isTrue();
		}
	}

	@Test
	void controllersServeTheirOwnNamespace() {
		try (SocketIoTestClient root = SocketIoTestClient.connect(this.port);
				SocketIoTestClient admin = SocketIoTestClient.connect(this.port,
						new SocketIoTestClient.Options().namespace("/admin"))) {
			assertThat(admin.emitWithAck("echo", "\"hi\"")).isEqualTo(json("[\"admin:/admin:hi\"]"));
			assertThat(root.emitWithAck("echo", "\"hi\"").get(0).get("error").get("code").stringValue())
				.isEqualTo("unknown_event");
		}
	}

	@Test
	void nettySocketIoAnnotationsAreHandledOnceEvenWithItsOwnScanner() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			int before = this.legacyController.calls();
			assertThat(client.emitWithAck("legacy", "\"x\"")).isEqualTo(json("[\"legacy:x\"]"));
			assertThat(this.legacyController.calls()).isEqualTo(before + 1);
			assertThat(this.legacyController.connects()).isPositive();
		}
	}

	@Test
	void callsGoThroughTheSpringBeanSoAopApplies() {
		assertThat(AopUtils.isAopProxy(this.echoController)).isTrue();
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			int before = this.aspect.calls.get();
			client.emitWithAck("sum", "1", "2");
			assertThat(this.aspect.calls.get()).isEqualTo(before + 1);
		}
	}

	@Test
	void eachClientsEventsAreHandledInOrder() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			List<CompletableFuture<ArrayNode>> acks = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				acks.add(client.emitWithAckAsync("sequence", String.valueOf(i)));
			}
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).orTimeout(10, TimeUnit.SECONDS).join();
			List<Integer> seen = this.probe.sequences.get(client.id());
			assertThat(seen).hasSize(200);
			for (int i = 0; i < 200; i++) {
				assertThat(seen.get(i)).isEqualTo(i);
			}
		}
	}

	@Test
	void aSlowHandlerDoesNotDelayOtherClients() throws Exception {
		try (SocketIoTestClient slow = SocketIoTestClient.connect(this.port);
				SocketIoTestClient fast = SocketIoTestClient.connect(this.port)) {
			CountDownLatch release = new CountDownLatch(1);
			this.probe.gate = release;
			CompletableFuture<ArrayNode> slowAck = slow.emitWithAckAsync("blocking");
			await().atMost(java.time.Duration.ofSeconds(5)).until(() -> this.probe.blocked.get() > 0);
			assertThat(fast.emitWithAck("sum", "1", "1")).isEqualTo(json("[2]"));
			assertThat(slowAck).isNotDone();
			release.countDown();
			assertThat(slowAck.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(json("[\"released\"]"));
		}
	}

	@Test
	void handlersNeverRunOnNettyThreads() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("thread").get(0).stringValue()).startsWith("socketio-handler-");
		}
	}

	@Test
	void connectAndDisconnectHandlersRun() {
		String id;
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			id = client.id();
			await().atMost(java.time.Duration.ofSeconds(5)).until(() -> this.lifecycleController.connected().contains(id));
		}
		await().atMost(java.time.Duration.ofSeconds(5)).until(() -> this.lifecycleController.disconnected().contains(id));
	}

	enum Player {

		X, O

	}

	record Nickname(String value) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static @Nullable Nickname of(String value) {
			return value.isBlank() ? null : new Nickname(value);
		}

	}

		record Move(int x, int y, Player player) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Probe.class, EchoController.class, AdminController.class, LegacyController.class, LifecycleController.class,
			CountingAspect.class })
	static class App {

		@Bean
		SpringAnnotationScanner nettySpringAnnotationScanner(SocketIOServer server) {
			return new SpringAnnotationScanner(server);
		}

	}

	/**
	 * What the controller saw (the controller itself is a proxy, whose fields tests cannot read).
	 */
	static class Probe {

		final List<String> notes = Collections.synchronizedList(new ArrayList<>());

		final Map<String, List<Integer>> sequences = new ConcurrentHashMap<>();

		volatile List<Move> lastMoves = List.of();

		volatile CompletableFuture<String> later = new CompletableFuture<>();

		final AtomicInteger laterCalls = new AtomicInteger();

		volatile CountDownLatch gate = new CountDownLatch(0);

		final AtomicInteger blocked = new AtomicInteger();

	}

	@SocketIoController
	static class EchoController {

		private final Probe probe;

		EchoController(Probe probe) {
			this.probe = probe;
		}

		@OnEvent("move")
		public Move move(Move move) {
			return move;
		}

		@OnEvent("sum")
		public int sum(int a, int b) {
			return a + b;
		}

		@OnEvent("players")
		public List<Player> players(List<Move> moves) {
			this.probe.lastMoves = moves;
			return moves.stream().map(Move::player).toList();
		}

		@OnEvent("maybe")
		public String maybe(Optional<Move> move) {
			return move.map((present) -> present.player().name()).orElse("none");
		}

		@OnEvent("nickname")
		public String nickname(Optional<Nickname> nickname) {
			return nickname.map(Nickname::value).orElse("anonymous");
		}

		@OnEvent("tree")
		public JsonNode tree(JsonNode tree) {
			return tree;
		}

		@OnEvent("map")
		public Map<String, Object> map(Map<String, Object> map) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("size", map.size());
			result.put("k", map.get("k"));
			return result;
		}

		@OnEvent("next")
		public Player next(Player player) {
			return (player == Player.X) ? Player.O : Player.X;
		}

		@OnEvent("note")
		public void note(String text) {
			this.probe.notes.add(text);
		}

		@OnEvent("later")
		public CompletableFuture<String> later(String text) {
			this.probe.laterCalls.incrementAndGet();
			return this.probe.later;
		}

		@OnEvent("whoami")
		public Map<String, Object> whoami(SocketIOClient client, AckRequest ack, HandshakeData handshake,
				@EventName String event, @Namespace String namespace,
				com.corundumstudio.socketio.SocketIONamespace socketNamespace) {
			return Map.of("session", client.getSessionId().toString(), "ackRequested", ack.isAckRequested(), "url",
					handshake.getUrl(), "event", event, "namespace", namespace, "sameNamespace",
					socketNamespace == client.getNamespace());
		}

		@OnEvent("sequence")
		public int sequence(SocketIOClient client, int value) {
			this.probe.sequences.computeIfAbsent(client.getSessionId().toString(), (key) -> new ArrayList<>()).add(value);
			return value;
		}

		@OnEvent("blocking")
		public String blocking() throws InterruptedException {
			this.probe.blocked.incrementAndGet();
			this.probe.gate.await(10, TimeUnit.SECONDS);
			return "released";
		}

		@OnEvent("thread")
		public String thread() {
			return Thread.currentThread().getName();
		}

	}

	@SocketIoController("/admin")
	static class AdminController {

		@OnEvent("echo")
		String echo(@Namespace String namespace, String text) {
			return "admin:" + namespace + ":" + text;
		}

	}

	@SocketIoController
	static class LegacyController {

		final AtomicInteger calls = new AtomicInteger();

		final AtomicInteger connects = new AtomicInteger();

		int calls() {
			return this.calls.get();
		}

		int connects() {
			return this.connects.get();
		}

		@com.corundumstudio.socketio.annotation.OnEvent("legacy")
		void legacy(SocketIOClient client, AckRequest ack, String data) {
			this.calls.incrementAndGet();
			ack.sendAckData("legacy:" + data);
		}

		@com.corundumstudio.socketio.annotation.OnConnect
		void connected(SocketIOClient client) {
			this.connects.incrementAndGet();
		}

	}

	@SocketIoController
	static class LifecycleController {

		final List<String> connected = Collections.synchronizedList(new ArrayList<>());

		final List<String> disconnected = Collections.synchronizedList(new ArrayList<>());

		List<String> connected() {
			return this.connected;
		}

		List<String> disconnected() {
			return this.disconnected;
		}

		@OnConnect
		void connected(SocketIOClient client) {
			this.connected.add(client.getSessionId().toString());
		}

		@OnDisconnect
		void disconnected(SocketIOClient client) {
			this.disconnected.add(client.getSessionId().toString());
		}

	}

	@Aspect
	static class CountingAspect {

		final AtomicInteger calls = new AtomicInteger();

		@Around("execution(* io.github.sioasyncapi.handler.ControllerDispatchTests.EchoController.sum(..))")
		Object count(ProceedingJoinPoint joinPoint) throws Throwable {
			this.calls.incrementAndGet();
			return joinPoint.proceed();
		}

	}

}
