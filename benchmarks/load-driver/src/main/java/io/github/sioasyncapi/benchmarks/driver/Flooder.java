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

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile clients: each opens a websocket session, connects to {@code /}, then writes acked
 * {@code make_move} events as fast as its socket takes them and never reads again (not the
 * acks, not the pings). Plain blocking sockets, one thread each: a client that does not read
 * is exactly what the server must survive. Each stops writing after {@code events} events or
 * {@code duration} seconds, whichever comes first, then keeps its connection open, still not
 * reading, until the release file appears or {@code hold} seconds pass, so that the server's
 * memory can be measured with the flooders still there.
 * <p>Options ({@code --name=value}): {@code port} (required), {@code host} (127.0.0.1),
 * {@code clients} (1), {@code events} per client (400000), {@code duration} (20), {@code hold}
 * (120), {@code ready-file} (written when every client has stopped writing),
 * {@code release-file}, {@code out} (a properties file: events written, and how many
 * connections the server closed). Every phase is bounded in time.
 */
public final class Flooder {

	private Flooder() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		String host = options.string("host", "127.0.0.1");
		int port = options.integer("port", 0);
		int clients = options.integer("clients", 1);
		long events = options.longValue("events", 400_000);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.integer("duration", 20));
		AtomicLong written = new AtomicLong();
		List<Socket> sockets = new ArrayList<>();
		List<Thread> writers = new ArrayList<>();
		List<String> closed = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Socket socket = open(host, port);
			sockets.add(socket);
			int connection = i;
			Thread writer = new Thread(() -> {
				String outcome = flood(socket, connection, events, deadline, written);
				if (outcome != null) {
					synchronized (closed) {
						closed.add(outcome);
					}
				}
			}, "flooder-" + i);
			writer.setDaemon(true);
			writers.add(writer);
		}
		long started = System.nanoTime();
		writers.forEach(Thread::start);
		// a writer blocked in a full socket stays blocked: the deadline ends the flood, not the writers
		for (Thread writer : writers) {
			writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
		System.out.printf("%d flooding clients wrote %d events in %d s (%d still blocked in a write); "
				+ "connections closed by the server: %d%n", clients, written.get(), seconds,
				writers.stream().filter(Thread::isAlive).count(), closed.size());
		String ready = options.string("ready-file", null);
		if (ready != null) {
			Files.writeString(Path.of(ready), Long.toString(written.get()));
		}
		long holdUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.integer("hold", 120));
		String release = options.string("release-file", null);
		while (System.nanoTime() < holdUntil && (release == null || !Files.exists(Path.of(release)))) {
			Thread.sleep(100);
		}
		String out = options.string("out", null);
		if (out != null) {
			Properties result = new Properties();
			result.setProperty("clients", Integer.toString(clients));
			result.setProperty("eventsWritten", Long.toString(written.get()));
			synchronized (closed) {
				result.setProperty("closedByServer", Integer.toString(closed.size()));
			}
			try (OutputStream stream = Files.newOutputStream(Path.of(out))) {
				result.store(stream, "flooder result");
			}
		}
		for (Socket socket : sockets) {
			socket.close();
		}
	}

	/**
	 * Open a websocket session and connect it to {@code /}: the only reads it ever does.
	 */
	private static Socket open(String host, int port) throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(host, port), 10_000);
		socket.setSoTimeout(10_000);
		OutputStream out = socket.getOutputStream();
		InputStream in = socket.getInputStream();
		byte[] nonce = new byte[16];
		ThreadLocalRandom.current().nextBytes(nonce);
		out.write(("GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: " + host + ":" + port
				+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
				+ Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed during the websocket handshake");
			}
			head.write(b);
		}
		readFrame(in);
		writeFrame(out, "40".getBytes(StandardCharsets.US_ASCII));
		out.flush();
		String connected = readFrame(in);
		if (!connected.startsWith("40")) {
			throw new IOException("not connected: " + connected);
		}
		return socket;
	}

	/**
	 * Write events until the count or the deadline; returns why the server ended it, if it did.
	 */
	private static String flood(Socket socket, int connection, long events, long deadline, AtomicLong written) {
		try {
			OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
			StringBuilder packet = new StringBuilder();
			long ackId = 0;
			long flushed = 0;
			while (ackId < events && System.nanoTime() < deadline) {
				packet.setLength(0);
				Workload.appendPacket(packet, "make_move", connection, ackId);
				writeFrame(out, packet.toString().getBytes(StandardCharsets.US_ASCII));
				ackId++;
				if (ackId % 64 == 0) {
					out.flush();
					written.addAndGet(ackId - flushed);
					flushed = ackId;
				}
			}
			out.flush();
			written.addAndGet(ackId - flushed);
			return null;
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
	}

	private static void writeFrame(OutputStream out, byte[] payload) throws IOException {
		out.write(0x81);
		if (payload.length < 126) {
			out.write(0x80 | payload.length);
		}
		else {
			out.write(0x80 | 126);
			out.write(payload.length >>> 8);
			out.write(payload.length & 0xff);
		}
		// a client must mask its frames; a zero mask leaves the payload as it is
		out.write(new byte[4]);
		out.write(payload);
	}

	private static String readFrame(InputStream in) throws IOException {
		int opcode = in.read() & 0x0f;
		int length = in.read() & 0x7f;
		if (length == 126) {
			length = (in.read() << 8) | in.read();
		}
		byte[] payload = in.readNBytes(length);
		if (opcode != 0x1) {
			throw new IOException("expected a text frame, got opcode " + opcode);
		}
		return new String(payload, StandardCharsets.UTF_8);
	}

}
