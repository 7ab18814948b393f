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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.server.SocketIoServerCustomizer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The application of the flow control tests: {@code echo} acknowledges its payload,
 * {@code seq} records the numbers it gets per client and takes a fifth of a millisecond,
 * {@code join} joins a room. Client connections get small socket send buffers, so that what a
 * client does not read waits in the server, where it is counted, rather than in the kernel.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(FlowControlTestApp.FlowController.class)
class FlowControlTestApp {

	@Bean
	SocketIoServerCustomizer smallSendBuffers() {
		return (configuration) -> configuration.getSocketConfig().setTcpSendBufferSize(32 * 1024);
	}

	/** A string of the given length, to make events and acks of a known size. */
	static String text(int length) {
		return "\"" + "x".repeat(length) + "\"";
	}

	@SocketIoController
	static class FlowController {

		final Map<String, List<Integer>> sequences = new ConcurrentHashMap<>();

		@OnEvent("echo")
		JsonNode echo(JsonNode payload) {
			return payload;
		}

		@OnEvent("seq")
		int seq(SocketIOClient client, int number) {
			this.sequences.computeIfAbsent(client.getSessionId().toString(),
					(id) -> Collections.synchronizedList(new ArrayList<>()))
				.add(number);
			LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
			return number;
		}

		@OnEvent("join")
		void join(SocketIOClient client, String room) {
			client.joinRoom(room);
		}

	}

	/**
	 * Samples the flow control's statistics every millisecond on a thread of its own, and keeps
	 * the highest pending events and unsent bytes of one client it saw.
	 */
	static final class Sampler implements AutoCloseable {

		private final AtomicInteger maxPendingEvents = new AtomicInteger();

		private final AtomicLong maxOutboundBytes = new AtomicLong();

		private final AtomicInteger maxPausedClients = new AtomicInteger();

		private final Thread thread;

		private volatile boolean running = true;

		Sampler(ClientFlowControl flowControl) {
			this.thread = new Thread(() -> {
				while (this.running) {
					ClientFlowControl.Statistics statistics = flowControl.getStatistics();
					this.maxPendingEvents.accumulateAndGet(statistics.maxPendingEvents(), Math::max);
					this.maxOutboundBytes.accumulateAndGet(statistics.maxOutboundBytes(), Math::max);
					this.maxPausedClients.accumulateAndGet(statistics.pausedClients(), Math::max);
					LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
				}
			}, "flow-control-sampler");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		int maxPendingEvents() {
			return this.maxPendingEvents.get();
		}

		long maxOutboundBytes() {
			return this.maxOutboundBytes.get();
		}

		int maxPausedClients() {
			return this.maxPausedClients.get();
		}

		@Override
		public void close() throws InterruptedException {
			this.running = false;
			this.thread.join(1000);
		}

	}

}
