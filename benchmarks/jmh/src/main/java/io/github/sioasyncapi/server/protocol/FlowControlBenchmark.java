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

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.ack.AckManager;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import com.corundumstudio.socketio.store.MemoryStoreFactory;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the flow control adds to one acked event, in-process, on one thread: the event counted
 * as pending and done, the check whether its client's input is read, and its ack encoded into
 * the client's {@link OutboundQueue}, counted, taken out and counted as written; against the ack
 * queued in netty-socketio's plain queue and encoded when taken out, as before. Among 1,000
 * sessions, as on a busy server. In the server's package, whose flow control classes are
 * package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class FlowControlBenchmark {

	private static final int SESSIONS = 1000;

	private final Queue<Packet> plainQueue = new ConcurrentLinkedQueue<>();

	private FineGrainedScheduler scheduler;

	private ClientFlowControl control;

	private PacketEncoding encoding;

	private UUID sessionId;

	private ClientFlow flow;

	private OutboundQueue queue;

	private EmbeddedChannel channel;

	private Packet ack;

	@Setup(Level.Trial)
	public void setUp() {
		Configuration configuration = new Configuration();
		SocketIoJsonSupport json = new SocketIoJsonSupport(JsonMapper.builder().build());
		configuration.setJsonSupport(json);
		this.scheduler = new FineGrainedScheduler();
		this.control = new ClientFlowControl(ClientLimits.DEFAULTS, new SocketIoObserver() {
		});
		this.encoding = new PacketEncoding(configuration, json);
		ClientFlows flows = new ClientFlows(this.control, this.encoding, WriteBufferWaterMark.DEFAULT,
				this.scheduler);
		ClientHead client = null;
		for (int i = 0; i < SESSIONS; i++) {
			client = new ClientHead(UUID.randomUUID(), new AckManager(this.scheduler), (head) -> {
			}, new MemoryStoreFactory(), new HandshakeData(new DefaultHttpHeaders(), Map.of(),
					new InetSocketAddress(0), new InetSocketAddress(0), "/socket.io/", false), new ClientsBox(),
					Transport.WEBSOCKET, this.scheduler, configuration, Map.of());
			this.flow = flows.open(client);
		}
		this.sessionId = client.getSessionId();
		this.queue = flows.newQueue(this.flow);
		this.channel = new EmbeddedChannel();
		this.ack = new Packet(PacketType.MESSAGE, EngineIOVersion.V4);
		this.ack.setSubType(PacketType.ACK);
		this.ack.setAckId(7L);
		this.ack.setData(List.of(Map.of("ok", true, "game_id", 12)));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.channel.finishAndReleaseAll();
		this.scheduler.shutdown();
	}

	/** Before: the ack queued as a packet, and encoded when the encoder takes it out. */
	@Benchmark
	public int ackBefore() {
		this.plainQueue.add(this.ack);
		return this.encoding.encode(this.plainQueue.poll()).text().length;
	}

	/** After: the event counted and the input checked, the ack encoded, queued and counted. */
	@Benchmark
	public long ackAfter() {
		this.control.queued(this.sessionId);
		ClientFlow current = this.control.get(this.sessionId);
		current.websocket(this.channel);
		boolean hold = current.mustHoldMessage();
		this.queue.offer(this.ack);
		EncodedPacket packet = this.queue.pollEncoded();
		this.flow.outboundWritten(packet.size());
		this.control.done(this.sessionId);
		return packet.text().length + (hold ? 1 : 0);
	}

	/** The bookkeeping alone: pending events and the read check. */
	@Benchmark
	public boolean bookkeepingOnly() {
		this.control.queued(this.sessionId);
		ClientFlow current = this.control.get(this.sessionId);
		current.websocket(this.channel);
		boolean hold = current.mustHoldMessage();
		current.outboundQueued(40);
		current.outboundWritten(40);
		this.control.done(this.sessionId);
		return hold;
	}

}
