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

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The application of the protocol tests: {@code /} with a connect guard that refuses the token
 * {@code wrong}, {@code /guarded} that admits only the token {@code secret}, and {@code /other}
 * without a guard; every handler records that it ran.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ProtocolTestApp.Invocations.class, ProtocolTestApp.RootController.class,
		ProtocolTestApp.GuardedController.class, ProtocolTestApp.OtherController.class })
class ProtocolTestApp {

	/** The auth data of a connect packet. */
	record Auth(@Nullable String token) {
	}

	/** What the handlers saw, in order. */
	static final class Invocations {

		final Queue<String> handled = new ConcurrentLinkedQueue<>();

		void record(String what) {
			this.handled.add(what);
		}

		List<String> all() {
			return List.copyOf(this.handled);
		}

		void clear() {
			this.handled.clear();
		}

	}

	@SocketIoController
	static class RootController {

		private final Invocations invocations;

		RootController(Invocations invocations) {
			this.invocations = invocations;
		}

		@OnConnect
		boolean guard(Auth auth) {
			this.invocations.record("/ guard " + auth.token());
			return !"wrong".equals(auth.token());
		}

		@OnConnect
		void connected() {
			this.invocations.record("/ connected");
		}

		@OnDisconnect
		void disconnected() {
			this.invocations.record("/ disconnected");
		}

		@OnEvent("echo")
		JsonNode echo(JsonNode payload) {
			this.invocations.record("/ echo");
			return payload;
		}

		@OnEvent("bytes")
		byte[] bytes(byte[] data) {
			this.invocations.record("/ bytes " + data.length);
			return data;
		}

		@OnEvent("kind")
		String kind(JsonNode payload) {
			return payload.isBinary() ? "binary" : payload.getNodeType().name();
		}

		@OnEvent("push-bytes")
		void pushBytes(SocketIOClient client, byte[] data) {
			client.sendEvent("pushed", (Object) data);
		}

	}

	@SocketIoController("/guarded")
	static class GuardedController {

		private final Invocations invocations;

		GuardedController(Invocations invocations) {
			this.invocations = invocations;
		}

		@OnConnect
		boolean guard(Auth auth) {
			this.invocations.record("/guarded guard " + auth.token());
			return "secret".equals(auth.token());
		}

		@OnDisconnect
		void disconnected() {
			this.invocations.record("/guarded disconnected");
		}

		@OnEvent("echo")
		JsonNode echo(JsonNode payload) {
			this.invocations.record("/guarded echo");
			return payload;
		}

	}

	@SocketIoController("/other")
	static class OtherController {

		private final Invocations invocations;

		OtherController(Invocations invocations) {
			this.invocations = invocations;
		}

		@OnEvent("echo")
		JsonNode echo(JsonNode payload) {
			this.invocations.record("/other echo");
			return payload;
		}

	}

}
