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

package io.github.sioasyncapi.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.error.UnauthorizedException;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.testsupport.SocketIoTestClient.ConnectError;
import jakarta.validation.constraints.NotBlank;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connect guards with typed auth data, the lifecycle of refused clients, and origin checks,
 * against a real client.
 */
@SpringBootTest(properties = "socketio.server.port=0")
class ConnectAuthTests {

	private static final BlockingQueue<String> DISCONNECTED = new LinkedBlockingQueue<>();

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	SocketIOServer server;

	@Test
	void validAuthIsAcceptedAndAvailableToHandlers() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port, secure(Map.of("user", "ann", "token", "secret")))) {
			assertThat(client.emitWithAck("whoami")).isEqualTo(json("[\"ann\"]"));
		}
	}

	@Test
	void guardReturningFalseRefusesWithUnauthorized() {
		assertThat(refusal(secure(Map.of("user", "ann", "token", "wrong")))).isEqualTo(json("""
				[{"message": "Connection refused",
				  "data": {"error": {"code": "unauthorized", "message": "Connection refused"}}}]"""));
	}

	@Test
	void missingAuthIsRefusedWithTheMissingFields() {
		assertThat(refusal(new SocketIoTestClient.Options().namespace("/secure"))).isEqualTo(json("""
				[{"message": "Invalid auth data",
				  "data": {"error": {"code": "unauthorized", "message": "Invalid auth data", "violations": [
				    {"path": "token", "message": "must not be blank", "rejectedValue": null},
				    {"path": "user", "message": "must not be blank", "rejectedValue": null}]}}}]"""));
	}

	@Test
	void guardThrowingUnauthorizedRefusesWithItsMessage() {
		assertThat(refusal(new SocketIoTestClient.Options().namespace("/vip").auth(Map.of("user", "bob", "token", "x"))))
			.isEqualTo(json("""
					[{"message": "bob is not a VIP",
					  "data": {"error": {"code": "unauthorized", "message": "bob is not a VIP"}}}]"""));
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().namespace("/vip").auth(Map.of("user", "vip", "token", "x")))) {
			assertThat(client.isConnected()).isTrue();
		}
	}

	@Test
	void onDisconnectRunsOnlyForClientsThatConnected() throws InterruptedException {
		try (SocketIoTestClient refused = SocketIoTestClient.open(this.port, secure(Map.of("user", "mallory", "token", "wrong")))) {
			assertThat(refused.awaitConnection()).isInstanceOf(ConnectError.class);
		}
		Awaitility.await()
			.atMost(SocketIoTestClient.TIMEOUT)
			.until(() -> this.server.getNamespace("/secure")
				.getAllClients()
				.stream()
				.noneMatch((client) -> String.valueOf(client.getHandshakeData().getAuthToken()).contains("mallory")));
		try (SocketIoTestClient accepted = SocketIoTestClient.connect(this.port, secure(Map.of("user", "ann", "token", "secret")))) {
			assertThat(accepted.isConnected()).isTrue();
		}
		assertThat(DISCONNECTED.poll(SocketIoTestClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("ann");
		assertThat(DISCONNECTED).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void foreignOriginsAreRefusedForPollingAndWebsocket(boolean polling) {
		SocketIoTestClient.Options options = new SocketIoTestClient.Options()
			.headers(Map.of("Origin", List.of("http://evil.example")));
		if (polling) {
			options.polling();
		}
		try (SocketIoTestClient client = SocketIoTestClient.open(this.port, options)) {
			assertThat(client.awaitConnection()).isInstanceOf(ConnectError.class);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080", "https://127.0.0.1" })
	void pagesOfTheSameHostMayConnectFromAnyPort(String origin) {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port,
				new SocketIoTestClient.Options().headers(Map.of("Origin", List.of(origin))))) {
			assertThat(client.isConnected()).isTrue();
		}
	}

	private SocketIoTestClient.Options secure(Map<String, String> auth) {
		return new SocketIoTestClient.Options().namespace("/secure").auth(auth);
	}

	private tools.jackson.databind.node.ArrayNode refusal(SocketIoTestClient.Options options) {
		try (SocketIoTestClient client = SocketIoTestClient.open(this.port, options)) {
			Object outcome = client.awaitConnection();
			assertThat(outcome).isInstanceOf(ConnectError.class);
			return ((ConnectError) outcome).data();
		}
	}

	record Credentials(@NotBlank String user, @NotBlank String token) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ SecureController.class, VipController.class, RootController.class })
	static class App {

	}

	@SocketIoController("/secure")
	static class SecureController {

		@OnConnect
		boolean authenticate(Credentials credentials, SocketIOClient client) {
			if (!"secret".equals(credentials.token())) {
				return false;
			}
			client.set("user", credentials.user());
			return true;
		}

		@OnEvent("whoami")
		String whoami(SocketIOClient client) {
			return client.get("user");
		}

		@OnDisconnect
		void left(SocketIOClient client) {
			Object auth = client.getHandshakeData().getAuthToken();
			DISCONNECTED.add((auth instanceof Map<?, ?> credentials) ? String.valueOf(credentials.get("user")) : "?");
		}

	}

	@SocketIoController("/vip")
	static class VipController {

		@OnConnect
		void authenticate(Credentials credentials) {
			if (!"vip".equals(credentials.user())) {
				throw new UnauthorizedException(credentials.user() + " is not a VIP");
			}
		}

	}

	@SocketIoController
	static class RootController {

		@OnEvent("ping")
		String ping() {
			return "pong";
		}

	}

}
