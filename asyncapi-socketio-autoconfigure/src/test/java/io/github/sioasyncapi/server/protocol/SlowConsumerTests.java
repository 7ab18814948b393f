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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.actuate.SocketIoEndpoint;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.Received;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients that do not read what the server sends them, even though they send nothing
 * themselves (room broadcasts, emits): disconnected as slow consumers, logged, counted and
 * shown, while the others keep receiving.
 */
@FlowControlTest
@ExtendWith(OutputCaptureExtension.class)
class SlowConsumerTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SocketIOServer server;

	@Autowired
	ClientFlowControl flowControl;

	@Autowired
	SocketIoEndpoint endpoint;

	@Autowired
	MeterRegistry meters;

	@Test
	void aClientThatDoesNotReadARoomBroadcastIsEvictedWhileTheOthersKeepReceiving(CapturedOutput output)
			throws Exception {
		long evictedBefore = evicted("slow_consumer");
		try (ManualWebSocket slow = ManualWebSocket.connect(this.port, 8 * 1024);
				SocketIoTestClient ann = SocketIoTestClient.connect(this.port);
				SocketIoTestClient bob = SocketIoTestClient.connect(this.port)) {
			slow.send("420[\"join\",\"news\"]");
			slow.flush();
			ann.emitWithAck("join", "\"news\"");
			bob.emitWithAck("join", "\"news\"");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.server.getRoomOperations("news").getClients().size() == 3);
			// 800 KB for each: the slow client's stays above 256 KB unsent, but below the hard limit
			String payload = FlowControlTestApp.text(4000);
			for (int i = 0; i < 200; i++) {
				this.server.getRoomOperations("news").sendEvent("news", i, SocketIoTestClient.json(payload));
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> evicted("slow_consumer") == evictedBefore + 1);
			assertThat(slow.isClosedByServer()).isTrue();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.server.getRoomOperations("news").getClients().size() == 2);
			for (int i = 200; i < 210; i++) {
				this.server.getRoomOperations("news").sendEvent("news", i, SocketIoTestClient.json(payload));
			}
			assertThat(received(ann, 210)).isEqualTo(sequence(210));
			assertThat(received(bob, 210)).isEqualTo(sequence(210));
			assertThat(output.getOut().lines().filter((line) -> line.contains(slow.sid()))
				.filter((line) -> line.contains("as a slow consumer"))).singleElement()
				.asString()
				.contains("WARN")
				.contains("127.0.0.1")
				.contains("socketio.server.slow-consumer-timeout");
			assertThat(this.meters.get("socketio.clients.evicted").tag("reason", "slow_consumer").counter())
				.extracting(Counter::count)
				.isEqualTo((double) (evictedBefore + 1));
			assertThat(this.endpoint.socketIo().server().clients().evicted())
				.containsEntry("slow_consumer", evictedBefore + 1);
		}
	}

	@Test
	void aClientThatDoesNotReadIsEvictedAtOnceAboveTheHardLimit() throws Exception {
		long evictedBefore = evicted("outbound_hard_limit");
		try (ManualWebSocket slow = ManualWebSocket.connect(this.port, 8 * 1024)) {
			UUID sid = UUID.fromString(slow.sid());
			SocketIOClient client = this.server.getClient(sid);
			// one packet above the hard limit: no time above the outbound limit, so no slow-consumer timeout, counts
			client.sendEvent("big", SocketIoTestClient.json(FlowControlTestApp.text(5 * 1024 * 1024)));
			assertThat(evicted("outbound_hard_limit")).isEqualTo(evictedBefore + 1);
			assertThat(slow.isClosedByServer()).isTrue();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.server.getClient(sid) == null);
			// what was queued for it went with it
			assertThat(this.flowControl.getStatistics().maxOutboundBytes()).isLessThan(1024 * 1024);
			assertThat(this.meters.get("socketio.clients.evicted").tag("reason", "outbound_hard_limit").counter())
				.extracting(Counter::count)
				.isEqualTo((double) (evictedBefore + 1));
		}
	}

	private long evicted(String reason) {
		return this.flowControl.getStatistics().evicted().get(reason);
	}

	private static List<Integer> received(SocketIoTestClient client, int count) {
		List<Integer> numbers = new ArrayList<>();
		while (numbers.size() < count) {
			Received news = client.awaitEvent((event) -> event.event().equals("news"), Duration.ofSeconds(10));
			if (news == null) {
				break;
			}
			numbers.add(news.args().get(0).intValue());
		}
		return numbers;
	}

	private static List<Integer> sequence(int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(i);
		}
		return numbers;
	}

}
