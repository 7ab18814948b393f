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
import java.util.concurrent.atomic.AtomicLong;

import io.github.sioasyncapi.server.protocol.FlowControlTestApp.Sampler;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients that send as fast as they can and never read what the server answers: the server
 * stops reading them instead of buffering without bound, and other clients keep getting their
 * acks.
 */
@FlowControlTest
class FloodTests {

	/** An event with a payload of about 1 KB, whose ack is as large. */
	private static final String EVENT = "[\"echo\"," + FlowControlTestApp.text(1000) + "]";

	/** What may wait unsent for a paused client: the high water mark and the acks of its pending events. */
	private static final long OUTBOUND_BOUND = 64 * 1024 + 8 * 1100;

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	ClientFlowControl flowControl;

	@Test
	void aWebsocketClientThatFloodsAndNeverReadsIsStoppedAndOthersKeepGettingTheirAcks() throws Exception {
		try (ManualWebSocket flooder = ManualWebSocket.connect(this.port, 8 * 1024);
				SocketIoTestClient neighbour = SocketIoTestClient.connect(this.port);
				Sampler sampler = new Sampler(this.flowControl)) {
			AtomicLong sent = new AtomicLong();
			Thread flood = new Thread(() -> {
				try {
					for (long id = 0; id < 1_000_000; id++) {
						flooder.send("42" + id + EVENT);
						if (id % 64 == 0) {
							flooder.flush();
						}
						sent.set(id);
					}
				}
				catch (IOException ex) {
					// closed at the end of the test
				}
			}, "websocket-flooder");
			flood.start();
			await().atMost(Duration.ofSeconds(30)).until(this::congested);
			// the server reads no more: the flooder's writes stall once the socket buffers are full
			long before = sent.get();
			int acks = acksFor(neighbour, Duration.ofSeconds(2));
			long stalledAt = sent.get();
			int moreAcks = acksFor(neighbour, Duration.ofSeconds(1));
			assertThat(sent.get()).as("events written after the flooder stalled").isEqualTo(stalledAt);
			assertThat(stalledAt - before).as("events written while the server did not read").isLessThan(20_000);
			// the neighbour's acks kept coming (each within the client's timeout) all along
			assertThat(acks).isPositive();
			assertThat(moreAcks).isPositive();
			assertThat(sampler.maxPendingEvents()).isLessThanOrEqualTo(8);
			assertThat(sampler.maxOutboundBytes()).isLessThanOrEqualTo(OUTBOUND_BOUND);
			assertThat(this.flowControl.getStatistics().evicted()).containsEntry("slow_consumer", 0L);
			flooder.close();
			flood.join(10_000);
			assertThat(flood.isAlive()).isFalse();
		}
	}

	@Test
	void aLongPollingClientThatFloodsAndNeverPollsWaitsForTheAnswerToItsPost() throws Exception {
		try (RawHttp posts = RawHttp.connect(this.port); RawHttp polls = RawHttp.connect(this.port);
				SocketIoTestClient neighbour = SocketIoTestClient.connect(this.port);
				Sampler sampler = new Sampler(this.flowControl)) {
			String session = RawHttp.POLLING + "&sid=" + posts.handshake();
			assertThat(posts.post(session, "40").body()).isEqualTo("ok");
			assertThat(polls.get(session).body()).startsWith("40{");
			int postsToSend = 40;
			int eventsPerPost = 50;
			AtomicLong answered = new AtomicLong();
			Thread flood = new Thread(() -> {
				for (int post = 0; post < postsToSend; post++) {
					StringBuilder payload = new StringBuilder();
					for (int i = 0; i < eventsPerPost; i++) {
						int id = post * eventsPerPost + i;
						payload.append((i > 0) ? "\u001e" : "").append("42").append(id).append(EVENT);
					}
					if (!"ok".equals(posts.post(session, payload.toString()).body())) {
						return;
					}
					answered.incrementAndGet();
				}
			}, "polling-flooder");
			flood.start();
			// the acks wait for a poll that does not come: the server stops reading the POSTs
			await().atMost(Duration.ofSeconds(30)).until(this::congested);
			long heldAt = answered.get();
			int neighbourAcks = acksFor(neighbour, Duration.ofSeconds(1));
			// the POST being read when the acks reached the high water mark may have been read to its end
			assertThat(answered.get()).as("POSTs answered since").isBetween(heldAt, heldAt + 1);
			assertThat(heldAt).isLessThan(postsToSend);
			assertThat(neighbourAcks).isPositive();
			// polling takes the acks; the held POST is read on and answered, and so on to the end
			List<Integer> acks = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (acks.size() < postsToSend * eventsPerPost && System.nanoTime() < deadline) {
				for (String packet : polls.get(session).body().split("\u001e")) {
					if (packet.startsWith("43")) {
						acks.add(Integer.parseInt(packet.substring(2, packet.indexOf('['))));
					}
				}
			}
			flood.join(10_000);
			assertThat(answered.get()).isEqualTo(postsToSend);
			assertThat(acks).hasSize(postsToSend * eventsPerPost).isSorted().doesNotHaveDuplicates();
			assertThat(sampler.maxPendingEvents()).isLessThanOrEqualTo(8);
			assertThat(sampler.maxOutboundBytes()).isLessThanOrEqualTo(OUTBOUND_BOUND);
		}
	}

	/**
	 * Whether a client is paused because 64 KB wait to be sent to it: unlike a pause for its
	 * pending events, which its handlers end, that lasts while it does not read.
	 */
	private boolean congested() {
		ClientFlowControl.Statistics statistics = this.flowControl.getStatistics();
		return statistics.pausedClients() >= 1 && statistics.maxOutboundBytes() >= 64 * 1024;
	}

	/**
	 * Emit acked events one after the other for a while; each ack must come within the
	 * client's timeout.
	 * @return how many acks came
	 */
	private static int acksFor(SocketIoTestClient client, Duration duration) throws InterruptedException {
		int acks = 0;
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			assertThat(client.emitWithAck("echo", "\"hello\"").get(0).stringValue()).isEqualTo("hello");
			acks++;
			Thread.sleep(20);
		}
		return acks;
	}

}
