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
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * What a {@link SocketIoTester} connects to and how it checks what arrives.
 *
 * @param host the host
 * @param port supplies the port
 * @param path the engine path
 * @param namespace the default namespace
 * @param auth the handshake auth data
 * @param headers the handshake headers
 * @param transports the transports the client may use, in order
 * @param mapper encodes and decodes payloads
 * @param document the AsyncAPI document, if any
 * @param validation whether to check acks and events against the document
 * @param timeout how long to wait for an ack or event
 * @param connectTimeout how long to wait for the server's answer to a connection
 * @param quietPeriod how long to wait for what must not arrive
 */
record Settings(String host, IntSupplier port, String path, String namespace, Map<String, String> auth,
		Map<String, List<String>> headers, List<String> transports, ObjectMapper mapper,
		@Nullable DocumentSource document, boolean validation, Duration timeout, Duration connectTimeout,
		Duration quietPeriod) {

	/**
	 * The schemas to check acks and events against.
	 * @return the schemas, or {@code null} when validation is off or there is no document
	 */
	@Nullable DocumentSchemas schemas() {
		return (this.validation && this.document != null) ? this.document.get() : null;
	}

	/**
	 * The address of a namespace, for messages.
	 * @param namespace the namespace
	 * @param port the port
	 * @return for example {@code namespace '/' at 127.0.0.1:9092/socket.io}
	 */
	String describe(String namespace, int port) {
		return "namespace '" + namespace + "' at " + this.host + ":" + port + this.path;
	}

	/**
	 * A duration for messages.
	 * @param duration the duration
	 * @return for example {@code 5 s} or {@code 300 ms}
	 */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

}
