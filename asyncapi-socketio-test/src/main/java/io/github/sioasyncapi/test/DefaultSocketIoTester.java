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

package io.github.sioasyncapi.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link SocketIoTester}: opens {@link DefaultClient clients} and keeps track of them, so
 * that they can be closed together after a test.
 */
final class DefaultSocketIoTester implements SocketIoTester {

	private final Settings settings;

	private final OpenClients clients;

	private DefaultSocketIoTester(Settings settings, OpenClients clients) {
		this.settings = settings;
		this.clients = clients;
	}

	@Override
	public Client connect() {
		return connect(this.settings.namespace());
	}

	@Override
	public Client connect(String namespace) {
		DefaultClient client = new DefaultClient(this.settings, namespace, this.clients::remove);
		JsonNode refusal = client.awaitConnection();
		if (refusal != null) {
			client.close();
			throw new AssertionError("The server refused the connection to " + client.address() + ": connect_error "
					+ refusal);
		}
		this.clients.add(client);
		return client;
	}

	@Override
	public JsonNode expectConnectError() {
		DefaultClient client = new DefaultClient(this.settings, this.settings.namespace(), this.clients::remove);
		JsonNode refusal = client.awaitConnection();
		if (refusal == null) {
			String id = client.id();
			client.close();
			throw new AssertionError("The server accepted the connection to " + client.address() + " (as " + id
					+ "), though it was expected to refuse it");
		}
		client.close();
		return refusal;
	}

	@Override
	public Builder mutate() {
		return new DefaultBuilder(this.settings, this.clients);
	}

	/**
	 * Close every client this tester and the testers mutated from it opened.
	 * @throws AssertionError if a client received something that does not match the document
	 * and the test did not look at
	 */
	void closeClients() {
		this.clients.closeAll();
	}

	/**
	 * The clients still open.
	 */
	private static final class OpenClients {

		private final Set<DefaultClient> clients = ConcurrentHashMap.newKeySet();

		void add(DefaultClient client) {
			this.clients.add(client);
		}

		void remove(DefaultClient client) {
			this.clients.remove(client);
		}

		void closeAll() {
			AssertionError failure = null;
			for (DefaultClient client : List.copyOf(this.clients)) {
				try {
					client.close();
				}
				catch (AssertionError ex) {
					if (failure == null) {
						failure = ex;
					}
					else {
						failure.addSuppressed(ex);
					}
				}
			}
			if (failure != null) {
				throw failure;
			}
		}

	}

	/**
	 * Builds a {@link DefaultSocketIoTester}.
	 */
	static final class DefaultBuilder implements Builder {

		private final OpenClients clients;

		private String host = "127.0.0.1";

		private IntSupplier port = () -> {
			throw new IllegalStateException("No port: call SocketIoTester.Builder#port");
		};

		private String path = "/socket.io";

		private String namespace = "/";

		private Map<String, String> auth = Map.of();

		private final Map<String, List<String>> headers = new LinkedHashMap<>();

		private List<String> transports = List.of(TRANSPORT_WEBSOCKET);

		private ObjectMapper mapper = JsonMapper.builder().build();

		private @Nullable DocumentSource document;

		private boolean validation = true;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration quietPeriod = DEFAULT_QUIET_PERIOD;

		DefaultBuilder() {
			this.clients = new OpenClients();
		}

		DefaultBuilder(Settings settings, OpenClients clients) {
			this.clients = clients;
			this.host = settings.host();
			this.port = settings.port();
			this.path = settings.path();
			this.namespace = settings.namespace();
			this.auth = settings.auth();
			this.headers.putAll(settings.headers());
			this.transports = settings.transports();
			this.mapper = settings.mapper();
			this.document = settings.document();
			this.validation = settings.validation();
			this.timeout = settings.timeout();
			this.connectTimeout = settings.connectTimeout();
			this.quietPeriod = settings.quietPeriod();
		}

		@Override
		public Builder host(String host) {
			Assert.hasText(host, "'host' must not be empty");
			this.host = host;
			return this;
		}

		@Override
		public Builder port(int port) {
			Assert.isTrue(port > 0 && port < 65536, () -> "'port' must be between 1 and 65535, not " + port);
			this.port = () -> port;
			return this;
		}

		@Override
		public Builder port(IntSupplier port) {
			this.port = port;
			return this;
		}

		@Override
		public Builder path(String path) {
			Assert.isTrue(path.startsWith("/"), () -> "'path' must start with '/': " + path);
			this.path = path;
			return this;
		}

		@Override
		public Builder namespace(String namespace) {
			Assert.isTrue(namespace.startsWith("/"), () -> "'namespace' must start with '/': " + namespace);
			this.namespace = namespace;
			return this;
		}

		@Override
		public Builder auth(Map<String, String> auth) {
			this.auth = Map.copyOf(auth);
			return this;
		}

		@Override
		public Builder header(String name, String... values) {
			if (values.length == 0) {
				this.headers.remove(name);
			}
			else {
				this.headers.put(name, List.of(values));
			}
			return this;
		}

		@Override
		public Builder transports(String... transports) {
			Assert.notEmpty(transports, "'transports' must not be empty");
			for (String transport : transports) {
				Assert.isTrue(TRANSPORT_WEBSOCKET.equals(transport) || TRANSPORT_POLLING.equals(transport),
						() -> "Unknown transport '" + transport + "': use 'websocket' or 'polling'");
			}
			this.transports = List.of(transports);
			return this;
		}

		@Override
		public Builder jsonMapper(ObjectMapper mapper) {
			this.mapper = mapper;
			return this;
		}

		@Override
		public Builder document(String json) {
			DocumentSource source = new DocumentSource(() -> json);
			source.get(); // a document that cannot be read fails here, not at the first event
			this.document = source;
			return this;
		}

		@Override
		public Builder document(Supplier<String> json) {
			this.document = new DocumentSource(json);
			return this;
		}

		@Override
		public Builder validation(boolean enabled) {
			this.validation = enabled;
			return this;
		}

		@Override
		public Builder timeout(Duration timeout) {
			Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "'timeout' must be positive");
			this.timeout = timeout;
			return this;
		}

		@Override
		public Builder connectTimeout(Duration connectTimeout) {
			Assert.isTrue(!connectTimeout.isNegative() && !connectTimeout.isZero(), "'connectTimeout' must be positive");
			this.connectTimeout = connectTimeout;
			return this;
		}

		@Override
		public Builder quietPeriod(Duration quietPeriod) {
			Assert.isTrue(!quietPeriod.isNegative() && !quietPeriod.isZero(), "'quietPeriod' must be positive");
			this.quietPeriod = quietPeriod;
			return this;
		}

		@Override
		public SocketIoTester build() {
			Settings settings = new Settings(this.host, this.port, this.path, this.namespace, this.auth,
					Map.copyOf(this.headers), this.transports, this.mapper, this.document, this.validation, this.timeout,
					this.connectTimeout, this.quietPeriod);
			return new DefaultSocketIoTester(settings, this.clients);
		}

	}

}
