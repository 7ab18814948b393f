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

package io.github.sioasyncapi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.namespace.Namespace;
import io.github.sioasyncapi.actuate.SocketIoEndpoint;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.emit.SocketIoTemplate;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.testsupport.RedisServer;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.Received;
import io.github.sioasyncapi.validation.EmitValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static io.github.sioasyncapi.testsupport.SocketIoTestClient.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances ("nodes") in one JVM share one real Redis: room and namespace
 * emits reach the clients of both nodes exactly once, payloads arrive as the same JSON, emits
 * are validated once on the sending node, the AsyncAPI document is the same on both, a client
 * of a stopped node carries on on another, and a thousand concurrent broadcasts lose and
 * duplicate nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisClusterTests {

	private static final Duration WAIT = SocketIoTestClient.TIMEOUT;

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	private final List<SocketIoTestClient> clients = new ArrayList<>();

	private static final AtomicInteger markers = new AtomicInteger();

	@BeforeAll
	static void startNodes() {
		nodeA = node("a");
		nodeB = node("b");
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@AfterEach
	void closeClients() {
		this.clients.forEach(SocketIoTestClient::close);
	}

	@Test
	void aRoomBroadcastFromOneNodeReachesTheMembersOfEveryNodeExactlyOnce() {
		SocketIoTestClient a1 = member(nodeA, "/", "red");
		SocketIoTestClient a2 = member(nodeA, "/", "blue");
		SocketIoTestClient b1 = member(nodeB, "/", "red");
		SocketIoTestClient b2 = member(nodeB, "/", "blue");
		template(nodeA).emitToRoom("/", "red", "news", news("red alert"));
		String marker = marker(nodeA, "/");
		for (SocketIoTestClient member : List.of(a1, b1)) {
			assertThat(eventsUntil(member, marker)).extracting(Received::event).containsExactly("news");
		}
		for (SocketIoTestClient other : List.of(a2, b2)) {
			assertThat(eventsUntil(other, marker)).isEmpty();
		}
	}

	@Test
	void broadcastsReachLongPollingClientsOnOtherNodes() {
		SocketIoTestClient polling = pollingMember(nodeB, "polling");
		template(nodeA).emitToRoom("/", "polling", "news", news("first"));
		template(nodeA).emitToRoom("/", "polling", "news", news("second"));
		String marker = marker(nodeA, "/");
		assertThat(eventsUntil(polling, marker)).extracting((received) -> received.args().get(0).get("title").stringValue())
			.containsExactly("first", "second");
	}

	@Test
	void aNamespaceBroadcastReachesEveryClientOfTheNamespaceOnEveryNodeExactlyOnce() {
		SocketIoTestClient a = connect(nodeA, "/");
		SocketIoTestClient b = connect(nodeB, "/");
		SocketIoTestClient chatA = connect(nodeA, "/chat");
		SocketIoTestClient chatB = connect(nodeB, "/chat");
		template(nodeB).emitToNamespace("/chat", "message", new Message("hello, everyone"));
		String rootMarker = marker(nodeB, "/");
		String chatMarker = marker(nodeB, "/chat");
		for (SocketIoTestClient chatter : List.of(chatA, chatB)) {
			assertThat(eventsUntil(chatter, chatMarker)).extracting((received) -> (JsonNode) received.args())
				.containsExactly(json("[{\"text\": \"hello, everyone\"}]"));
		}
		for (SocketIoTestClient other : List.of(a, b)) {
			assertThat(eventsUntil(other, rootMarker)).isEmpty();
		}
	}

	@Test
	void emitsOfAHandlerReachTheRoomOnOtherNodesAndOthersExcludesOnlyTheSender() {
		SocketIoTestClient speaker = member(nodeB, "/", "green");
		SocketIoTestClient listenerA = member(nodeA, "/", "green");
		SocketIoTestClient listenerB = member(nodeB, "/", "green");
		assertThat(speaker.emitWithAck("say", "{\"room\": \"green\", \"text\": \"hi\"}")).isEqualTo(json("[]"));
		String marker = marker(nodeB, "/");
		for (SocketIoTestClient member : List.of(speaker, listenerA, listenerB)) {
			assertThat(eventsUntil(member, marker)).extracting((received) -> (JsonNode) received.args())
				.containsExactly(json("[{\"text\": \"hi\"}]"));
		}
		assertThat(speaker.emitWithAck("shout", "{\"room\": \"green\", \"text\": \"HI\"}")).isEqualTo(json("[]"));
		String second = marker(nodeB, "/");
		assertThat(eventsUntil(speaker, second)).isEmpty();
		for (SocketIoTestClient other : List.of(listenerA, listenerB)) {
			assertThat(eventsUntil(other, second)).extracting(Received::event).containsExactly("shouted");
		}
	}

	@Test
	void payloadsArriveOnTheOtherNodeAsTheSameJson() {
		SocketIoTestClient local = member(nodeA, "/", "json");
		SocketIoTestClient remote = member(nodeB, "/", "json");
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("zebra", 1);
		counts.put("apple", 2);
		News news = new News("Über & <more>", List.of(new Item("first", Kind.SMALL), new Item("second", null)), counts,
				Kind.LARGE, Optional.of("a note"), Instant.parse("2026-01-02T03:04:05.678Z"), null, 9_007_199_254_740_993L,
				0.1);
		template(nodeA).emitToRoom("/", "json", "news", news);
		JsonNode expected = json("""
				[{"title": "Über & <more>", "items": [{"name": "first", "kind": "SMALL"}, {"name": "second", "kind": null}],
				  "counts": {"zebra": 1, "apple": 2}, "kind": "LARGE", "note": "a note",
				  "at": "2026-01-02T03:04:05.678Z", "missing": null, "big": 9007199254740993, "ratio": 0.1}]""");
		assertThat(local.awaitEvent("news")).isEqualTo(expected);
		assertThat(remote.awaitEvent("news")).isEqualTo(expected);
		template(nodeA).emitToRoom("/", "json", "counts",
				Map.of("list", List.of(1, 2), "set", java.util.Set.of("x"), "text", "t", "number", 42, "flag", true));
		JsonNode several = json("[{\"list\": [1, 2], \"set\": [\"x\"], \"text\": \"t\", \"number\": 42, \"flag\": true}]");
		assertThat(local.awaitEvent("counts")).isEqualTo(several);
		assertThat(remote.awaitEvent("counts")).isEqualTo(several);
		JsonNode tree = json("{\"nested\": {\"list\": [1, 2.5, \"s\", null, true]}, \"empty\": {}}");
		template(nodeA).emitToRoom("/", "json", "counts", tree);
		assertThat(local.awaitEvent("counts")).isEqualTo(json("[" + tree + "]"));
		assertThat(remote.awaitEvent("counts")).isEqualTo(json("[" + tree + "]"));
	}

	/**
	 * Binary data travels as Socket.IO attachments, which netty-socketio's encoder adds to the
	 * packet it sends to the local members while that packet is being published: a hundred
	 * broadcasts with a local member all publish, and a client on the other node receives what
	 * the local one receives. (netty-socketio frames websocket attachments in the Engine.IO 3
	 * way, with a leading byte 4 that Engine.IO 4 clients keep, whatever the store; long-polling
	 * clients do not receive binary events from it at all.)
	 */
	@Test
	void binaryAttachmentsArriveOnTheOtherNodeAsOnTheSendingNode() {
		SocketIoTestClient local = member(nodeA, "/", "files");
		SocketIoTestClient remote = member(nodeB, "/", "files");
		int count = 100;
		for (int i = 0; i < count; i++) {
			template(nodeA).emitToRoom("/", "files", "file", new Attachment("f" + i, new byte[] { 1, 2, (byte) i }));
		}
		for (int i = 0; i < count; i++) {
			JsonNode received = local.awaitEvent("file");
			assertThat(received.get(0).get("name").stringValue()).isEqualTo("f" + i);
			assertThat(received.get(0).get("data").get(received.get(0).get("data").size() - 1).intValue()).isEqualTo(i);
			assertThat(remote.awaitEvent("file")).isEqualTo(received);
		}
	}

	@Test
	void emitsAreValidatedOnceOnTheSendingNodeAndInvalidOnesReachNoNode() {
		SocketIoTestClient a = member(nodeA, "/", "checked");
		SocketIoTestClient b = member(nodeB, "/", "checked");
		RecordingObserver observerA = nodeA.getBean(RecordingObserver.class);
		RecordingObserver observerB = nodeB.getBean(RecordingObserver.class);
		observerA.reset();
		observerB.reset();
		assertThatExceptionOfType(EmitValidationException.class)
			.isThrownBy(() -> template(nodeA).emitToRoom("/", "checked", "news", news(" ")));
		template(nodeA).emitToRoom("/", "checked", "news", news("valid"));
		String marker = marker(nodeA, "/");
		for (SocketIoTestClient member : List.of(a, b)) {
			assertThat(eventsUntil(member, marker)).extracting((received) -> (JsonNode) received.args())
				.extracting((args) -> args.get(0).get("title").stringValue())
				.containsExactly("valid");
		}
		assertThat(observerA.validationFailures.get()).isEqualTo(1);
		assertThat(observerA.emitted).containsEntry("news", 1L);
		assertThat(observerB.validationFailures.get()).isZero();
		assertThat(observerB.emitted).doesNotContainKey("news");
	}

	@Test
	void theAsyncApiDocumentIsTheSameOnEveryNode() {
		AsyncApiDocumentProvider a = nodeA.getBean(AsyncApiDocumentProvider.class);
		AsyncApiDocumentProvider b = nodeB.getBean(AsyncApiDocumentProvider.class);
		assertThat(a.getYaml()).contains("host: chat.example.com:443", "name: say", "name: news", "address: /chat");
		assertThat(b.getYaml()).isEqualTo(a.getYaml());
		assertThat(b.getJson()).isEqualTo(a.getJson());
	}

	@Test
	void theEndpointShowsTheRedisStore() {
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			assertThat(node.getBean(SocketIoEndpoint.class).socketIo().server().store()).isEqualTo("redis");
			assertThat(node.getBean(SocketIOServer.class).getConfiguration().getStoreFactory())
				.isInstanceOf(RedissonSocketIoStoreFactory.class);
		}
	}

	@Test
	void theClientsOfAStoppedNodeCarryOnOnAnotherNode() {
		ConfigurableApplicationContext nodeC = node("c");
		SocketIoTestClient leaving = member(nodeC, "/", "team");
		SocketIoTestClient staying = member(nodeB, "/", "team");
		template(nodeA).emitToRoom("/", "team", "news", news("before"));
		assertThat(leaving.awaitEvent("news").get(0).get("title").stringValue()).isEqualTo("before");
		assertThat(staying.awaitEvent("news").get(0).get("title").stringValue()).isEqualTo("before");
		RedissonSocketIoStoreFactory storeC = nodeC.getBean(RedissonSocketIoStoreFactory.class);

		nodeC.close();
		await().atMost(WAIT).until(() -> !leaving.isConnected());
		assertThat(storeC.isSubscribed()).isFalse();
		assertThat(storeC.getRedisson().isShutdown()).as("the store's own client is shut down with it").isTrue();
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(clusterMembers(nodeB, "team")).as("the left session is forgotten").isEqualTo(1));

		SocketIoTestClient back = member(nodeA, "/", "team");
		template(nodeB).emitToRoom("/", "team", "news", news("after"));
		String marker = marker(nodeB, "/");
		for (SocketIoTestClient member : List.of(back, staying)) {
			assertThat(eventsUntil(member, marker)).extracting((received) -> (JsonNode) received.args())
				.extracting((args) -> args.get(0).get("title").stringValue())
				.containsExactly("after");
		}
		assertThat(clusterMembers(nodeA, "team")).isEqualTo(2);
		assertThat(back.emitWithAck("say", "{\"room\": \"team\", \"text\": \"I am back\"}")).isEqualTo(json("[]"));
		assertThat(staying.awaitEvent("said")).isEqualTo(json("[{\"text\": \"I am back\"}]"));
	}

	@Test
	void aThousandConcurrentBroadcastsFromBothNodesArriveExactlyOnceAndInOrderPerSender() throws Exception {
		List<SocketIoTestClient> members = List.of(member(nodeA, "/", "load"), member(nodeA, "/", "load"),
				member(nodeB, "/", "load"), member(nodeB, "/", "load"));
		SocketIoTestClient outsider = member(nodeB, "/", "elsewhere");
		int senders = 4;
		int perSender = 250;
		ExecutorService threads = Executors.newFixedThreadPool(senders);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int sender = 0; sender < senders; sender++) {
				SocketIoTemplate template = template((sender % 2 == 0) ? nodeA : nodeB);
				int id = sender;
				sent.add(threads.submit(() -> {
					for (int n = 0; n < perSender; n++) {
						template.emitToRoom("/", "load", "seq", new Seq(id, n));
					}
				}));
			}
			for (Future<?> done : sent) {
				done.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		String markerA = marker(nodeA, "/");
		String markerB = marker(nodeB, "/");
		for (SocketIoTestClient member : members) {
			List<Received> events = new ArrayList<>(eventsUntil(member, markerA, markerB));
			assertThat(events).hasSize(senders * perSender);
			Map<Integer, List<Integer>> bySender = new HashMap<>();
			for (Received event : events) {
				JsonNode seq = event.args().get(0);
				bySender.computeIfAbsent(seq.get("sender").intValue(), (key) -> new ArrayList<>()).add(seq.get("n").intValue());
			}
			List<Integer> expected = java.util.stream.IntStream.range(0, perSender).boxed().toList();
			assertThat(bySender).hasSize(senders).allSatisfy((sender, numbers) -> assertThat(numbers).isEqualTo(expected));
		}
		assertThat(eventsUntil(outsider, markerA, markerB)).isEmpty();
	}

	/**
	 * A client of a node that has joined a room (with a {@code join} event and its ack).
	 */
	private SocketIoTestClient member(ConfigurableApplicationContext node, String namespace, String room) {
		SocketIoTestClient client = connect(node, namespace);
		assertThat(client.emitWithAck("join", "\"" + room + "\"")).isEqualTo(json("[]"));
		return client;
	}

	private SocketIoTestClient pollingMember(ConfigurableApplicationContext node, String room) {
		SocketIoTestClient client = SocketIoTestClient.connect(port(node), new SocketIoTestClient.Options().polling());
		this.clients.add(client);
		assertThat(client.emitWithAck("join", "\"" + room + "\"")).isEqualTo(json("[]"));
		return client;
	}

	private SocketIoTestClient connect(ConfigurableApplicationContext node, String namespace) {
		SocketIoTestClient client = SocketIoTestClient.connect(port(node),
				new SocketIoTestClient.Options().namespace(namespace));
		this.clients.add(client);
		return client;
	}

	/**
	 * Send a marker to a whole namespace from a node and return its text. Events published by
	 * one node arrive in order, so a client that has the marker has everything sent before it.
	 */
	private static String marker(ConfigurableApplicationContext node, String namespace) {
		String marker = "marker-" + markers.incrementAndGet();
		template(node).emitToNamespace(namespace, "marker", marker);
		return marker;
	}

	/**
	 * The events a client receives before the given markers (in any order), waiting for all of
	 * them.
	 */
	private static List<Received> eventsUntil(SocketIoTestClient client, String... markers) {
		List<Received> events = new ArrayList<>();
		List<String> missing = new ArrayList<>(List.of(markers));
		long deadline = System.nanoTime() + WAIT.toNanos() * 2;
		while (!missing.isEmpty()) {
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			Received marker = client.awaitEvent((received) -> {
				if (received.event().equals("marker")) {
					return missing.remove(received.args().get(0).stringValue());
				}
				events.add(received);
				return false;
			}, left);
			assertThat(marker).as("markers %s not received (got %s events)", missing, events.size()).isNotNull();
		}
		return events;
	}

	private static int clusterMembers(ConfigurableApplicationContext node, String room) {
		Namespace namespace = (Namespace) node.getBean(SocketIOServer.class).getNamespace(Namespace.DEFAULT_NAME);
		return namespace.getRoomClientsInCluster(room);
	}

	static SocketIoTemplate template(ConfigurableApplicationContext node) {
		return node.getBean(SocketIoTemplate.class);
	}

	private static News news(String title) {
		return new News(title, List.of(), Map.of(), Kind.SMALL, Optional.empty(), Instant.EPOCH, null, 0, 0);
	}

	private static ConfigurableApplicationContext node(String name) {
		return node(name, redis);
	}

	/**
	 * Start a node of the test application with a Redis store.
	 * @param name the node's name
	 * @param server the Redis server
	 * @param properties more properties
	 * @return the node's context
	 */
	static ConfigurableApplicationContext node(String name, RedisServer server, String... properties) {
		return new SpringApplicationBuilder(ClusterApp.class).web(WebApplicationType.NONE)
			.properties(properties)
			.properties("spring.application.name=cluster-" + name, "spring.main.banner-mode=off",
					"socketio.server.port=0", "socketio.server.host=127.0.0.1", "socketio.store.type=redis",
					"socketio.store.redis.address=" + server.getAddress(),
					"socketio.asyncapi.info.title=Cluster", "socketio.asyncapi.servers.production.host=chat.example.com:443",
					"socketio.validation.undeclared-emits=fail", "management.endpoints.web.exposure.include=health,socketio")
			.run();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ RoomController.class, ChatController.class })
	static class ClusterApp {

		@Bean
		RecordingObserver recordingObserver() {
			return new RecordingObserver();
		}

	}

	@SocketIoController
	@Emits(event = "news", payload = News.class)
	@Emits(event = "counts", payload = Object.class)
	@Emits(event = "seq", payload = Seq.class)
	@Emits(event = "marker", payload = String.class)
	@Emits(event = "said", payload = Message.class)
	@Emits(event = "shouted", payload = Message.class)
	@Emits(event = "file", payload = Attachment.class)
	static class RoomController {

		@OnEvent("join")
		void join(@NotBlank String room, SocketIOClient client) {
			client.joinRoom(room);
		}

		@OnEvent("say")
		void say(Say say, SocketIoEmitter emitter) {
			emitter.toRoom(say.room()).emit("said", new Message(say.text()));
		}

		@OnEvent("shout")
		void shout(Say say, SocketIoEmitter emitter) {
			emitter.toOthers().emit("shouted", new Message(say.text()));
		}

	}

	@SocketIoController("/chat")
	@Emits(event = "message", payload = Message.class)
	@Emits(event = "marker", payload = String.class)
	static class ChatController {

		@OnEvent("join")
		void join(@NotBlank String room, SocketIOClient client) {
			client.joinRoom(room);
		}

	}

	enum Kind {

		SMALL, LARGE

	}

	record Item(String name, @Nullable Kind kind) {
	}

	record News(@NotBlank String title, List<@Valid Item> items, Map<String, Integer> counts, Kind kind,
			Optional<String> note, Instant at, @Nullable String missing, long big, double ratio) {
	}

	record Message(String text) {
	}

	record Attachment(String name, byte[] data) {
	}

	record Say(@NotBlank String room, String text) {
	}

	record Seq(@Min(0) int sender, @Min(0) int n) {
	}

	static class RecordingObserver implements SocketIoObserver {

		final Map<String, Long> emitted = new ConcurrentHashMap<>();

		final AtomicLong validationFailures = new AtomicLong();

		@Override
		public void eventEmitted(String namespace, String event) {
			this.emitted.merge(event, 1L, Long::sum);
		}

		@Override
		public void validationFailed(String namespace, String event, String kind) {
			if (kind.equals("emit")) {
				this.validationFailures.incrementAndGet();
			}
		}

		void reset() {
			this.emitted.clear();
			this.validationFailures.set(0);
		}

	}

}
