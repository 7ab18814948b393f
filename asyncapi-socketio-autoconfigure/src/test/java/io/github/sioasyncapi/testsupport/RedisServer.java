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

package io.github.sioasyncapi.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis server for tests: Debian's {@code redis-server}, started as a process on a free
 * port of 127.0.0.1, without persistence, and stopped after the tests of the class.
 * <pre class="code">
 * &#64;RegisterExtension
 * static final RedisServer redis = new RedisServer();
 * </pre>
 * <p>When {@code redis-server} is not installed, the tests are skipped with a message saying
 * how to install it — except in CI (environment variable {@code CI=true}), where they fail.
 * Every wait is bounded.
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(2);

	private static final List<String> LOCATIONS = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server",
			"/usr/sbin/redis-server");

	private final Function<String, String> environment;

	private final List<String> locations;

	private final List<String> extraArguments = new ArrayList<>();

	private boolean tls;

	private int port;

	private Process process;

	private Path log;

	/**
	 * A server found on the {@code PATH} or in the usual locations.
	 */
	public RedisServer() {
		this(System::getenv, LOCATIONS);
	}

	RedisServer(Function<String, String> environment, List<String> locations) {
		this.environment = environment;
		this.locations = locations;
	}

	/**
	 * Also pass these arguments to {@code redis-server}, for example
	 * {@code "--requirepass", "secret"}.
	 * @param arguments the arguments
	 * @return this server
	 */
	public RedisServer withArguments(String... arguments) {
		this.extraArguments.addAll(Arrays.asList(arguments));
		return this;
	}

	/**
	 * Accept TLS connections only, with the test certificate of {@code 127.0.0.1} and
	 * {@code localhost} in {@code redis-tls/} (signed by {@code redis-tls/ca.crt}).
	 * @return this server
	 */
	public RedisServer withTls() {
		this.tls = true;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	/**
	 * Start the server (again, on the same port, after {@link #stop()}) and wait until it
	 * answers a PING.
	 */
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		String executable = executable();
		IllegalStateException failure = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int candidate = (this.port != 0) ? this.port : freePort();
			try {
				launch(executable, candidate);
				this.port = candidate;
				return;
			}
			catch (IllegalStateException ex) {
				failure = ex;
				if (this.port != 0) {
					break;
				}
			}
		}
		throw failure;
	}

	private void launch(String executable, int candidate) {
		List<String> command = new ArrayList<>(List.of(executable, "--bind", "127.0.0.1", "--save", "",
				"--appendonly", "no", "--daemonize", "no", "--protected-mode", "no"));
		if (this.tls) {
			command.addAll(List.of("--port", "0", "--tls-port", String.valueOf(candidate), "--tls-cert-file",
					resource("redis-tls/redis.crt"), "--tls-key-file", resource("redis-tls/redis.key"),
					"--tls-ca-cert-file", resource("redis-tls/ca.crt"), "--tls-auth-clients", "no"));
		}
		else {
			command.addAll(List.of("--port", String.valueOf(candidate)));
		}
		command.addAll(this.extraArguments);
		try {
			this.log = Files.createTempFile("redis-server-", ".log");
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + command, ex);
		}
		Process started = this.process;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!started.isAlive()) {
				throw new IllegalStateException("redis-server exited with " + started.exitValue() + ": " + logTail());
			}
			if (isListening(candidate)) {
				return;
			}
			sleep(Duration.ofMillis(20));
		}
		started.destroyForcibly();
		throw new IllegalStateException("redis-server did not answer on port " + candidate + " within "
				+ STARTUP_TIMEOUT.toSeconds() + " s: " + logTail());
	}

	private boolean isListening(int candidate) {
		if (this.tls) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 200);
				return logTail().contains("Ready to accept connections");
			}
			catch (IOException ex) {
				return false;
			}
		}
		try {
			String reply = command(candidate, "PING");
			return reply.equals("PONG") || reply.startsWith("NOAUTH");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Stop the server and wait until its process has ended.
	 */
	public synchronized void stop() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroy();
		try {
			if (!running.waitFor(5, TimeUnit.SECONDS)) {
				running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running.destroyForcibly();
		}
		this.process = null;
	}

	/**
	 * Whether the server process runs.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * The port the server listens on.
	 * @return the port
	 */
	public int getPort() {
		return this.port;
	}

	/**
	 * The address for Redisson: {@code redis://127.0.0.1:port} ({@code rediss://} with TLS).
	 * @return the address
	 */
	public String getAddress() {
		return (this.tls ? "rediss" : "redis") + "://127.0.0.1:" + this.port;
	}

	/**
	 * Send a command over a plain connection and return the reply as text: a status or bulk
	 * string, an integer, an error ({@code "ERR …"}), or the elements of an array joined by
	 * newlines.
	 * @param arguments the command and its arguments, for example {@code "EXISTS", "key"}
	 * @return the reply
	 */
	public String command(String... arguments) {
		try {
			return command(this.port, arguments);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Redis did not answer " + Arrays.toString(arguments), ex);
		}
	}

	/**
	 * Send several commands over one plain connection (for example {@code AUTH} or
	 * {@code SELECT} first) and return their replies (see {@link #command(String...)}).
	 * @param commands the commands, each with its arguments
	 * @return the replies, in order
	 */
	public List<String> commands(List<List<String>> commands) {
		try {
			return commands(this.port, commands);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Redis did not answer " + commands, ex);
		}
	}

	private static String command(int port, String... arguments) throws IOException {
		return commands(port, List.of(List.of(arguments))).get(0);
	}

	private static List<String> commands(int port, List<List<String>> commands) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
					(int) SOCKET_TIMEOUT.toMillis());
			socket.setSoTimeout((int) SOCKET_TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			List<String> replies = new ArrayList<>();
			for (List<String> arguments : commands) {
				StringBuilder request = new StringBuilder("*").append(arguments.size()).append("\r\n");
				for (String argument : arguments) {
					byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
					request.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
				}
				out.write(request.toString().getBytes(StandardCharsets.UTF_8));
				out.flush();
				replies.add(readReply(in));
			}
			return replies;
		}
	}

	private static String readReply(InputStream in) throws IOException {
		int type = in.read();
		String line = readLine(in);
		switch (type) {
			case '+', ':', '-' -> {
				return line;
			}
			case '$' -> {
				int length = Integer.parseInt(line);
				if (length < 0) {
					return "";
				}
				byte[] bytes = in.readNBytes(length + 2);
				return new String(bytes, 0, length, StandardCharsets.UTF_8);
			}
			case '*' -> {
				int count = Integer.parseInt(line);
				List<String> elements = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					elements.add(readReply(in));
				}
				return String.join("\n", elements);
			}
			default -> throw new IOException("Unexpected reply type " + type);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int previous = -1;
		while (true) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("Connection closed");
			}
			if (previous == '\r' && next == '\n') {
				byte[] bytes = line.toByteArray();
				return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
			}
			line.write(next);
			previous = next;
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * The {@code redis-server} executable; skips the tests (outside CI) or fails them (in CI)
	 * when it is not installed.
	 */
	String executable() {
		Optional<String> found = find();
		if (found.isPresent()) {
			return found.get();
		}
		String message = "redis-server is not installed (Debian: apt-get install redis-server)";
		if ("true".equals(this.environment.apply("CI"))) {
			throw new IllegalStateException(message + "; tests with Redis must run in CI (CI=true)");
		}
		Assumptions.abort(message + "; skipping the tests with Redis (they must run in CI)");
		throw new IllegalStateException(message);
	}

	private Optional<String> find() {
		List<String> candidates = new ArrayList<>();
		String path = this.environment.apply("PATH");
		if (path != null) {
			for (String directory : path.split(File.pathSeparator)) {
				candidates.add(Path.of(directory, "redis-server").toString());
			}
		}
		candidates.addAll(this.locations);
		return candidates.stream().filter((candidate) -> Files.isExecutable(Path.of(candidate))).findFirst();
	}

	private static String resource(String name) {
		try {
			return Path.of(RedisServer.class.getClassLoader().getResource(name).toURI()).toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("No test resource " + name, ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
