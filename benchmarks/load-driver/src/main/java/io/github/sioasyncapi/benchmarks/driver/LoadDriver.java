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

package io.github.sioasyncapi.benchmarks.driver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.flush.FlushConsolidationHandler;
import org.HdrHistogram.Histogram;

/**
 * The load driver: opens C Socket.IO connections to a server on loopback, lets each keep K acked
 * {@code make_move} events in flight for a warm-up and then a measurement window, and prints the
 * acks per second, the latency percentiles, the wrong and lost acks, and its own and the server's
 * CPU time in the window. Several driver processes share the load by starting at the same
 * wall-clock time ({@code --start-at}). With {@code --idle-hold} it only opens the connections and
 * holds them, for memory measurements.
 * <p>Options ({@code --name=value}): {@code port} (required), {@code host} (127.0.0.1),
 * {@code connections} (50), {@code in-flight} (4), {@code event} (make_move),
 * {@code slow-connections} (0: extra connections with one {@code slow} event in flight, reported
 * apart), {@code warmup} and {@code duration} in seconds (30, 30), {@code start-at} (epoch
 * milliseconds), {@code threads} (1), {@code server-pid}, {@code out} (a properties file),
 * {@code label}; idle mode: {@code idle-hold} (seconds), {@code ready-file}, {@code release-file}.
 * Every phase is bounded in time and the driver always exits by itself.
 */
public final class LoadDriver {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

	private final Options options;

	private final EventLoopGroup group;

	private final List<Client> clients = new ArrayList<>();

	private LoadDriver(Options options) {
		this.options = options;
		this.group = new MultiThreadIoEventLoopGroup(options.integer("threads", 1), NioIoHandler.newFactory());
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		LoadDriver driver = new LoadDriver(options);
		try {
			if (options.has("idle-hold")) {
				driver.holdIdle();
			}
			else {
				driver.run();
			}
		}
		finally {
			driver.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
		}
	}

	private void run() throws Exception {
		int connections = this.options.integer("connections", 50);
		int inFlight = this.options.integer("in-flight", 4);
		int slow = this.options.integer("slow-connections", 0);
		String event = this.options.string("event", "make_move");
		long startAt = this.options.longValue("start-at", System.currentTimeMillis() + 2_000);
		long warmupNanos = TimeUnit.SECONDS.toNanos(this.options.integer("warmup", 30));
		long durationNanos = TimeUnit.SECONDS.toNanos(this.options.integer("duration", 30));
		long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(startAt - System.currentTimeMillis());
		SocketIoConnection.Window window = new SocketIoConnection.Window(startNanos + warmupNanos,
				startNanos + warmupNanos + durationNanos);
		int base = this.options.integer("connection-base", 0);
		for (int i = 0; i < connections + slow; i++) {
			boolean isSlow = i >= connections;
			this.clients.add(new Client(new SocketIoConnection(base + i, isSlow ? "slow" : event, isSlow ? 1 : inFlight,
					window), isSlow));
		}
		connectAll();
		sleepUntil(startNanos);
		for (Client client : this.clients) {
			client.channel.eventLoop().execute(client.connection::start);
		}
		sleepUntil(window.measureFrom());
		String serverPid = this.options.string("server-pid", null);
		long serverCpuFrom = (serverPid != null) ? ProcStat.cpuMillis(serverPid) : -1;
		long driverCpuFrom = ProcStat.cpuMillis("self");
		sleepUntil(window.measureUntil());
		long serverCpu = (serverPid != null) ? ProcStat.cpuMillis(serverPid) - serverCpuFrom : -1;
		long driverCpu = ProcStat.cpuMillis("self") - driverCpuFrom;
		long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
		while (pendingAcks() > 0 && System.nanoTime() < drainDeadline) {
			Thread.sleep(20);
		}
		report(durationNanos, serverCpu, driverCpu);
		closeAll();
	}

	private void holdIdle() throws Exception {
		int connections = this.options.integer("connections", 10_000);
		SocketIoConnection.Window never = new SocketIoConnection.Window(Long.MAX_VALUE, Long.MIN_VALUE);
		for (int i = 0; i < connections; i++) {
			this.clients.add(new Client(new SocketIoConnection(i, "make_move", 0, never), false));
		}
		long started = System.nanoTime();
		connectAll();
		System.out.printf("connected %d idle clients in %d ms%n", connections,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		String ready = this.options.string("ready-file", null);
		if (ready != null) {
			Files.writeString(Path.of(ready), Integer.toString(connections));
		}
		long holdUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.options.integer("idle-hold", 60));
		String release = this.options.string("release-file", null);
		while (System.nanoTime() < holdUntil && (release == null || !Files.exists(Path.of(release)))) {
			Thread.sleep(100);
		}
		long open = this.clients.stream().filter((client) -> client.channel.isActive()).count();
		System.out.printf("%d of %d idle clients still connected%n", open, connections);
		closeAll();
	}

	private void connectAll() throws Exception {
		URI uri = URI.create("ws://" + this.options.string("host", "127.0.0.1") + ":" + this.options.integer("port", 0)
				+ "/socket.io/?EIO=4&transport=websocket");
		Bootstrap bootstrap = new Bootstrap().group(this.group)
			.channel(NioSocketChannel.class)
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
		Semaphore handshakes = new Semaphore(this.options.integer("connect-concurrency", 100));
		long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
		List<CompletableFuture<SocketIoConnection>> connected = new ArrayList<>();
		for (Client client : this.clients) {
			if (!handshakes.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				throw new TimeoutException("connecting took longer than " + CONNECT_TIMEOUT);
			}
			WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
				.webSocketUri(uri)
				.generateOriginHeader(false)
				.handleCloseFrames(true)
				.dropPongFrames(true)
				.build();
			client.channel = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(new FlushConsolidationHandler(256, true), new HttpClientCodec(),
								new HttpObjectAggregator(65_536), new WebSocketClientProtocolHandler(config),
								client.connection);
				}
			}).connect(uri.getHost(), uri.getPort()).addListener((future) -> {
				if (!future.isSuccess()) {
					client.connection.fail(future.cause());
				}
			}).channel();
			client.connection.connected().whenComplete((connection, ex) -> handshakes.release());
			connected.add(client.connection.connected());
		}
		try {
			CompletableFuture.allOf(connected.toArray(CompletableFuture[]::new))
				.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a connection failed", ex.getCause());
		}
	}

	private int pendingAcks() throws Exception {
		int pending = 0;
		for (Client client : this.clients) {
			pending += client.channel.eventLoop().submit(client.connection::pending).get(5, TimeUnit.SECONDS);
		}
		return pending;
	}

	private void report(long durationNanos, long serverCpuMillis, long driverCpuMillis) throws Exception {
		Histogram latencies = SocketIoConnection.newHistogram();
		Histogram slowLatencies = SocketIoConnection.newHistogram();
		long inWindow = 0;
		long acks = 0;
		long wrong = 0;
		long lost = 0;
		for (Client client : this.clients) {
			Snapshot snapshot = client.channel.eventLoop().submit(() -> Snapshot.of(client.connection))
				.get(5, TimeUnit.SECONDS);
			(client.slow ? slowLatencies : latencies).add(snapshot.histogram());
			if (!client.slow) {
				inWindow += snapshot.acksInWindow();
			}
			acks += snapshot.acks();
			wrong += snapshot.wrongAcks();
			lost += snapshot.pending();
		}
		double seconds = durationNanos / 1e9;
		Properties result = new Properties();
		result.setProperty("label", this.options.string("label", "run"));
		result.setProperty("connections", Integer.toString(this.options.integer("connections", 50)));
		result.setProperty("inFlight", Integer.toString(this.options.integer("in-flight", 4)));
		result.setProperty("seconds", Double.toString(seconds));
		result.setProperty("acksInWindow", Long.toString(inWindow));
		result.setProperty("acksTotal", Long.toString(acks));
		result.setProperty("wrongAcks", Long.toString(wrong));
		result.setProperty("lostAcks", Long.toString(lost));
		result.setProperty("serverCpuMillis", Long.toString(serverCpuMillis));
		result.setProperty("driverCpuMillis", Long.toString(driverCpuMillis));
		result.setProperty("histogram", encode(latencies));
		result.setProperty("slowHistogram", encode(slowLatencies));
		System.out.printf("%s: %.0f acks/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d wrong, %d lost; "
				+ "driver CPU %.0f%% of a core, server CPU %d ms%n", result.getProperty("label"), inWindow / seconds,
				latencies.getValueAtPercentile(50) / 1e3, latencies.getValueAtPercentile(90) / 1e3,
				latencies.getValueAtPercentile(99) / 1e3, latencies.getMaxValue() / 1e3, wrong, lost,
				driverCpuMillis / seconds / 10, serverCpuMillis);
		if (slowLatencies.getTotalCount() > 0) {
			System.out.printf("  slow events: %d, p50 %.1f ms, max %.1f ms%n", slowLatencies.getTotalCount(),
					slowLatencies.getValueAtPercentile(50) / 1e3, slowLatencies.getMaxValue() / 1e3);
		}
		String out = this.options.string("out", null);
		if (out != null) {
			try (OutputStream stream = Files.newOutputStream(Path.of(out))) {
				result.store(stream, "load driver result");
			}
		}
	}

	static String encode(Histogram histogram) {
		ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
		int length = histogram.encodeIntoCompressedByteBuffer(buffer);
		return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
	}

	private void closeAll() throws InterruptedException {
		for (Client client : this.clients) {
			if (client.channel != null) {
				client.channel.close();
			}
		}
		for (Client client : this.clients) {
			if (client.channel != null) {
				client.channel.closeFuture().await(1, TimeUnit.SECONDS);
			}
		}
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long remaining;
		while ((remaining = nanoTime - System.nanoTime()) > 0) {
			TimeUnit.NANOSECONDS.sleep(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(200)));
		}
	}

	private static final class Client {

		final SocketIoConnection connection;

		final boolean slow;

		Channel channel;

		Client(SocketIoConnection connection, boolean slow) {
			this.connection = connection;
			this.slow = slow;
		}

	}

	private record Snapshot(Histogram histogram, long acksInWindow, long acks, long wrongAcks, int pending) {

		static Snapshot of(SocketIoConnection connection) {
			return new Snapshot(connection.histogram().copy(), connection.acksInWindow(), connection.acks(),
					connection.wrongAcks(), connection.pending());
		}

	}

}
