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

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An Engine.IO websocket over a plain {@link Socket}, written and read by hand: it reads only
 * when asked, so a test can flood the server without ever reading, or read slowly. The JDK's
 * websocket client reads on its own. Reads time out after ten seconds.
 */
final class ManualWebSocket implements AutoCloseable {

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private final String sid;

	private ManualWebSocket(Socket socket) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
		this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
		upgrade();
		String handshake = readText();
		if (!handshake.startsWith("0{")) {
			throw new IOException("Not an Engine.IO handshake: " + handshake);
		}
		int start = handshake.indexOf("\"sid\":\"") + 7;
		this.sid = handshake.substring(start, handshake.indexOf('"', start));
	}

	/**
	 * Open a websocket session and connect it to the main namespace.
	 * @param port the server's port
	 * @param receiveBuffer the socket's receive buffer, small so that the server's data waits
	 * in the server rather than in this socket
	 * @return the connected websocket
	 */
	static ManualWebSocket connect(int port, int receiveBuffer) {
		try {
			Socket socket = new Socket();
			socket.setReceiveBufferSize(receiveBuffer);
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
			socket.setSoTimeout(10_000);
			ManualWebSocket websocket = new ManualWebSocket(socket);
			websocket.send("40");
			websocket.flush();
			String connected = websocket.readText();
			if (!connected.startsWith("40{")) {
				throw new IOException("Not connected: " + connected);
			}
			return websocket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void upgrade() throws IOException {
		byte[] nonce = new byte[16];
		ThreadLocalRandom.current().nextBytes(nonce);
		String request = "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
				+ Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
		this.out.write(request.getBytes(StandardCharsets.US_ASCII));
		this.out.flush();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int b = this.in.read();
			if (b < 0) {
				throw new IOException("Closed during the websocket handshake: " + head);
			}
			head.write(b);
		}
		if (!head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
			throw new IOException("Websocket refused: " + head);
		}
	}

	/**
	 * The session id.
	 * @return the id from the handshake
	 */
	String sid() {
		return this.sid;
	}

	/**
	 * Write a masked text frame, as a client must, into the send buffer ({@link #flush()}
	 * sends it); blocks while the socket cannot take more.
	 * @param text the frame's text
	 * @throws IOException if the connection is closed
	 */
	void send(String text) throws IOException {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		this.out.write(0x81);
		if (payload.length < 126) {
			this.out.write(0x80 | payload.length);
		}
		else if (payload.length < 65_536) {
			this.out.write(0x80 | 126);
			this.out.write(payload.length >>> 8);
			this.out.write(payload.length & 0xff);
		}
		else {
			this.out.write(0x80 | 127);
			for (int shift = 56; shift >= 0; shift -= 8) {
				this.out.write((int) ((long) payload.length >>> shift) & 0xff);
			}
		}
		byte[] mask = new byte[4];
		ThreadLocalRandom.current().nextBytes(mask);
		this.out.write(mask);
		for (int i = 0; i < payload.length; i++) {
			payload[i] ^= mask[i & 3];
		}
		this.out.write(payload);
	}

	void flush() throws IOException {
		this.out.flush();
	}

	/**
	 * Read the next text frame, answering pings on the way.
	 * @return the frame's text
	 * @throws IOException if the connection closes or no frame comes within the timeout
	 */
	String readText() throws IOException {
		while (true) {
			int opcode = readByte() & 0x0f;
			int length = readByte() & 0x7f;
			long size = length;
			if (length == 126) {
				size = ((readByte() & 0xff) << 8) | (readByte() & 0xff);
			}
			else if (length == 127) {
				size = 0;
				for (int i = 0; i < 8; i++) {
					size = (size << 8) | (readByte() & 0xff);
				}
			}
			byte[] payload = this.in.readNBytes((int) size);
			if (payload.length < size) {
				throw new IOException("Closed within a frame");
			}
			if (opcode == 0x8) {
				throw new IOException("Closed by the server");
			}
			String text = new String(payload, StandardCharsets.UTF_8);
			if (opcode == 0x1 && "2".equals(text)) {
				send("3");
				flush();
				continue;
			}
			if (opcode == 0x1) {
				return text;
			}
		}
	}

	private int readByte() throws IOException {
		int b = this.in.read();
		if (b < 0) {
			throw new IOException("Closed by the server");
		}
		return b;
	}

	/**
	 * Whether the server closed the connection: reads (and drops) what it sent until the end
	 * of the stream, for at most ten seconds.
	 * @return {@code true} if the stream ended or the connection was reset
	 */
	boolean isClosedByServer() {
		long deadline = System.nanoTime() + 10_000_000_000L;
		byte[] buffer = new byte[64 * 1024];
		try {
			while (System.nanoTime() < deadline) {
				if (this.in.read(buffer) < 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			return !(ex instanceof java.net.SocketTimeoutException);
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
