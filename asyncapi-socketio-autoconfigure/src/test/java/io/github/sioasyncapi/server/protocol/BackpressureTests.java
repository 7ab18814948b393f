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

package io.github.sioasyncapi.server.protocol;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.server.protocol.FlowControlTestApp.FlowController;
import io.github.sioasyncapi.server.protocol.FlowControlTestApp.Sampler;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients that send faster than their handlers keep up with, or read slowly: the server stops
 * and resumes reading them, and nothing is lost or reordered.
 */
@FlowControlTest
class BackpressureTests {

	/**
	 * Runs a blocking request on a thread of its own: on JDK 25 with two processors
	 * {@code supplyAsync} would use the common pool's only thread, which the HTTP and websocket
	 * clients need too, and a held POST there starves them (JDK 17 starts a thread per task).
	 */
	private static final Executor OWN_THREAD = (task) -> {
		Thread thread = new Thread(task, "backpressure-request");
		thread.setDaemon(true);
		thread.start();
	};


	private static final int EVENTS = 2000;

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ClientFlowControl flowControl;

	@Autowired
	FlowController controller;

	@Autowired
	SocketIOServer server;

	@Test
	void eventsKeepTheirOrderWhileAWebsocketClientIsPaused() throws Exception {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertAllHandledInOrder(client);
		}
	}

	@Test
	void eventsKeepTheirOrderWhileALongPollingClientIsPaused() throws Exception {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().polling())) {
			assertAllHandledInOrder(client);
		}
	}

	@Test
	void eventsKeepTheirOrderWhileAClientIsPausedAcrossItsUpgrade() throws Exception {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().upgrade())) {
			// the first events go in POSTs; the probe and the upgrade wait while the session is paused
			assertAllHandledInOrder(client);
			SocketIOClient session = this.server.getClient(UUID.fromString(client.id()));
			await().atMost(Duration.ofSeconds(30)).until(() -> session.getTransport() == Transport.WEBSOCKET);
			// and the websocket it upgraded to is paused and resumed as well
			assertAllHandledInOrder(client);
		}
	}

	@Test
	void aSessionPausedWhilePollingUpgradesOnceItIsReadAgainAndItsEventsKeepTheirOrder() throws Exception {
		String sid = RawHttp.handshake(this.port);
		String session = RawHttp.POLLING + "&sid=" + sid;
		try (RawHttp posts = RawHttp.connect(this.port); RawHttp polls = RawHttp.connect(this.port)) {
			assertThat(posts.post(session, "40").body()).isEqualTo("ok");
			assertThat(polls.get(session).body()).startsWith("40{");
			// 70 KB for it that it does not poll yet: its input is not read
			this.server.getClient(UUID.fromString(sid))
				.sendEvent("big", SocketIoTestClient.json(FlowControlTestApp.text(70_000)));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.flowControl.getStatistics().pausedClients() >= 1);
			CompletableFuture<RawHttp.Response> post = CompletableFuture
				.supplyAsync(() -> posts.post(session, seqPackets(0, 20, "\u001e")), OWN_THREAD);
			try (RawWebSocket websocket = RawWebSocket.connect(this.port, sid, true)) {
				websocket.send("2probe");
				Thread.sleep(200);
				assertThat(post).as("the POST of a paused session").isNotDone();
				assertThat(this.controller.sequences.get(sid)).as("events of a paused session").isNull();
				// the poll takes what waited: the session is read again, its POST and then its probe
				assertThat(polls.get(session).body()).startsWith("42[\"big\"");
				assertThat(post.get(10, TimeUnit.SECONDS).body()).isEqualTo("ok");
				assertThat(websocket.nextText()).isEqualTo("3probe");
				websocket.send("5");
				for (String packet : seqPackets(20, 40, "\n").split("\n")) {
					websocket.send(packet);
				}
				// the acks of the POST's events waited for polling, and went over to the websocket
				List<Integer> acks = new ArrayList<>();
				while (acks.size() < 40) {
					String ack = websocket.awaitText("43");
					acks.add(Integer.parseInt(ack.substring(2, ack.indexOf('['))));
				}
				assertThat(acks).isEqualTo(sequence(40));
				assertThat(this.controller.sequences.get(sid)).isEqualTo(sequence(40));
				assertThat(this.server.getClient(UUID.fromString(sid)).getTransport()).isEqualTo(Transport.WEBSOCKET);
			}
		}
	}

	private static String seqPackets(int from, int to, String separator) {
		StringBuilder packets = new StringBuilder();
		for (int i = from; i < to; i++) {
			packets.append((i > from) ? separator : "").append("42").append(i).append("[\"seq\",").append(i).append(']');
		}
		return packets.toString();
	}

	private void assertAllHandledInOrder(SocketIoTestClient client) throws Exception {
		try (Sampler sampler = new Sampler(this.flowControl)) {
			List<CompletableFuture<ArrayNode>> acks = new ArrayList<>();
			for (int i = 0; i < EVENTS; i++) {
				acks.add(client.emitWithAckAsync("seq", Integer.toString(i)));
			}
			for (int i = 0; i < EVENTS; i++) {
				assertThat(acks.get(i).get(30, TimeUnit.SECONDS).get(0).intValue()).isEqualTo(i);
			}
			assertThat(this.controller.sequences.remove(client.id())).isEqualTo(sequence(EVENTS));
			// the bound was reached, and held
			assertThat(sampler.maxPendingEvents()).isEqualTo(8);
			assertThat(sampler.maxPausedClients()).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void aClientThatReadsSlowlyGetsEveryAckInOrderAndIsNotEvicted() throws Exception {
		Map<String, Long> evictedBefore = this.flowControl.getStatistics().evicted();
		int events = 400;
		String event = "[\"echo\"," + FlowControlTestApp.text(2000) + "]";
		try (ManualWebSocket client = ManualWebSocket.connect(this.port, 8 * 1024);
				Sampler sampler = new Sampler(this.flowControl)) {
			// 800 KB of acks, more than the 256 KB the server may hold for it
			Thread writer = new Thread(() -> {
				try {
					for (int i = 0; i < events; i++) {
						client.send("42" + i + event);
					}
					client.flush();
				}
				catch (IOException ex) {
					// the test fails on the missing acks
				}
			}, "slow-reader-writer");
			writer.start();
			List<Integer> acks = new ArrayList<>();
			while (acks.size() < events) {
				String packet = client.readText();
				if (packet.startsWith("43")) {
					acks.add(Integer.parseInt(packet.substring(2, packet.indexOf('['))));
				}
				if (acks.size() % 8 == 0) {
					Thread.sleep(5);
				}
			}
			writer.join(10_000);
			assertThat(acks).isEqualTo(sequence(events));
			assertThat(sampler.maxPausedClients()).isGreaterThanOrEqualTo(1);
			assertThat(sampler.maxOutboundBytes()).isLessThan(256 * 1024);
		}
		assertThat(this.flowControl.getStatistics().evicted()).isEqualTo(evictedBefore);
	}

	@Test
	void twoPostsOfAPausedSessionAtOnceEndTheSession() throws Exception {
		String sid = RawHttp.handshake(this.port);
		String session = RawHttp.POLLING + "&sid=" + sid;
		try (RawHttp first = RawHttp.connect(this.port); RawHttp second = RawHttp.connect(this.port)) {
			assertThat(first.post(session, "40").body()).isEqualTo("ok");
			// 70 KB for it that it does not poll: its input is not read
			this.server.getClient(UUID.fromString(sid))
				.sendEvent("big", SocketIoTestClient.json(FlowControlTestApp.text(70_000)));
			await().atMost(Duration.ofSeconds(30)).until(() -> this.flowControl.getStatistics().pausedClients() >= 1);
			// the first POST to arrive is held, the second is refused, as Engine.IO refuses overlapping POSTs
			CompletableFuture<RawHttp.Response> one = CompletableFuture
				.supplyAsync(() -> first.post(session, "42[\"echo\",1]"), OWN_THREAD);
			CompletableFuture<RawHttp.Response> other = CompletableFuture
				.supplyAsync(() -> second.post(session, "42[\"echo\",2]"), OWN_THREAD);
			List<RawHttp.Response> answered = new ArrayList<>();
			int failed = 0;
			for (CompletableFuture<RawHttp.Response> post : List.of(one, other)) {
				try {
					answered.add(post.get(10, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					// the held POST is not answered: its connection closes with the session
					failed++;
				}
			}
			assertThat(answered).singleElement().satisfies((response) -> {
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.body()).isEqualTo("{\"code\":3,\"message\":\"Bad request\"}");
			});
			assertThat(failed).isOne();
		}
		try (RawHttp third = RawHttp.connect(this.port)) {
			assertThat(third.get(session).body()).isEqualTo("{\"code\":1,\"message\":\"Session ID unknown\"}");
		}
	}

	private static List<Integer> sequence(int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(i);
		}
		return numbers;
	}

}
