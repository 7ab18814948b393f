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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 connection, written and read by hand, so that tests know which requests share
 * a connection (as browsers and engine.io-client's fetch transport do) and see whether the
 * server closes it. Reads time out after ten seconds.
 */
final class RawHttp implements AutoCloseable {

	/** The Engine.IO path with the protocol version and the polling transport. */
	static final String POLLING = "/socket.io/?EIO=4&transport=polling";

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private RawHttp(Socket socket) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
		this.out = socket.getOutputStream();
	}

	static RawHttp connect(int port) {
		try {
			Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
			socket.setSoTimeout(10_000);
			return new RawHttp(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Open a polling session on a new connection and return its id.
	 */
	static String handshake(int port) {
		try (RawHttp http = connect(port)) {
			return http.handshake();
		}
	}

	String handshake() {
		Response response = get(POLLING);
		if (response.status() != 200 || !response.body().startsWith("0{")) {
			throw new AssertionError("Handshake failed: " + response);
		}
		String body = response.body();
		int start = body.indexOf("\"sid\":\"") + 7;
		return body.substring(start, body.indexOf('"', start));
	}

	Response get(String target) {
		return request("GET", target, null);
	}

	Response post(String target, String body) {
		return request("POST", target, body);
	}

	Response request(String method, String target, @Nullable String body) {
		return request(method, target, body, Map.of());
	}

	Response request(String method, String target, @Nullable String body, Map<String, String> headers) {
		try {
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder extra = new StringBuilder();
			headers.forEach((name, value) -> extra.append(name).append(": ").append(value).append("\r\n"));
			String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra
					+ ((body != null) ? "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: " + content.length
							+ "\r\n" : "")
					+ "\r\n";
			this.out.write(head.getBytes(StandardCharsets.US_ASCII));
			this.out.write(content);
			this.out.flush();
			return read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Response read() throws IOException {
		String status = line();
		if (status == null) {
			throw new IOException("Connection closed by the server");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		String line;
		while ((line = line()) != null && !line.isEmpty()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
		byte[] content = this.in.readNBytes(length);
		return new Response(Integer.parseInt(status.split(" ")[1]), headers,
				new String(content, StandardCharsets.UTF_8));
	}

	private @Nullable String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = this.in.read()) != -1) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.US_ASCII) : null;
	}

	/**
	 * Whether the server closed the connection: a read returns end of stream.
	 */
	boolean isClosedByServer() {
		try {
			this.socket.setSoTimeout(200);
			return this.in.read() == -1;
		}
		catch (java.net.SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
		finally {
			try {
				this.socket.setSoTimeout(10_000);
			}
			catch (IOException ex) {
				// closed
			}
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

	record Response(int status, Map<String, String> headers, String body) {
	}

}
