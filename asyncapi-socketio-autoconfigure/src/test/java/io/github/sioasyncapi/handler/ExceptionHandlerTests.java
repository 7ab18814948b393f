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

package io.github.sioasyncapi.handler;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.EventName;
import io.github.sioasyncapi.annotation.Namespace;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoControllerAdvice;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.error.UnauthorizedException;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exception handler chain: the controller's handlers, then advice beans in order, then
 * the default error ack.
 */
@SpringBootTest(properties = "socketio.server.port=0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ExceptionHandlerTests {

	@Value("${local.socketio.server.port}")
	int port;

	SocketIoTestClient client;

	@BeforeAll
	void connect() {
		this.client = SocketIoTestClient.connect(this.port);
	}

	@AfterAll
	void close() {
		this.client.close();
	}

	@Test
	void controllerHandlerComesFirstAndMayTakeClientEventAndRawPayload() {
		// the payload as sent, with the property the handler's type does not have
		JsonNode ack = ack("find_game", "{\"id\": 7, \"note\": \"second try\"}");
		assertThat(ack).isEqualTo(json("""
				{"error": "game 7 not found", "event": "find_game", "namespace": "/",
				 "payload": {"id": 7, "note": "second try"},
				 "client": "%s"}""".formatted(this.client.id())));
	}

	@Test
	void adviceHandlesWhatTheControllerDoesNot() {
		assertThat(ack("illegal")).isEqualTo(json("{\"advice\": \"first\", \"message\": \"bad move\"}"));
	}

	@Test
	void adviceBeansAreTriedInOrder() {
		assertThat(ack("overlap")).isEqualTo(json("{\"advice\": \"first\", \"message\": \"both match\"}"));
	}

	@Test
	void closestExceptionTypeWins() {
		assertThat(ack("specific")).isEqualTo(json("{\"advice\": \"second\", \"specific\": \"not yet\"}"));
	}

	@Test
	void causeChainIsSearched() {
		assertThat(ack("wrapped")).isEqualTo(json("{\"error\": \"game 3 not found\", \"event\": \"wrapped\", "
				+ "\"namespace\": \"/\", \"payload\": null, \"client\": \"" + this.client.id() + "\"}"));
	}

	@Test
	void aFailingHandlerFallsBackToTheDefault(CapturedOutput output) {
		JsonNode error = ack("handler_fails").get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("internal_error");
		String id = error.get("id").stringValue();
		await().atMost(java.time.Duration.ofSeconds(5)).until(() -> output.getOut().contains("[error id " + id + "]"));
		assertThat(output.getOut()).contains("@SocketIoExceptionHandler");
	}

	@Test
	void unhandledExceptionsAreInternalErrorsWithALoggedId(CapturedOutput output) {
		JsonNode ack = ack("boom");
		String id = ack.get("error").get("id").stringValue();
		assertThat(ack).isEqualTo(json("{\"error\": {\"code\": \"internal_error\", \"message\": "
				+ "\"Internal server error (error id " + id + ")\", \"id\": \"" + id + "\"}}"));
		await().atMost(java.time.Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("[error id " + id + "]") && output.getOut().contains("kaboom"));
	}

	@Test
	void unauthorizedIsItsOwnCode() {
		assertThat(ack("forbidden")).isEqualTo(json("""
				{"error": {"code": "unauthorized", "message": "not your turn"}}"""));
	}

	@Test
	void unknownEventWithAckIsAnsweredSoTheClientDoesNotHang() {
		assertThat(ack("no_such_event", "1")).isEqualTo(json("""
				{"error": {"code": "unknown_event", "message": "Unknown event 'no_such_event' in namespace '/'"}}"""));
	}

	@Test
	void invalidPayloadCanBeReshapedByAnAdvice() {
		assertThat(ack("typed", "\"not a number\"")).isEqualTo(json("{\"invalid\": [\"\"]}"));
	}

	@Test
	void failuresWithoutAckSendNothingAndAreLogged(CapturedOutput output) {
		this.client.emit("boom");
		this.client.emit("no_such_event");
		assertThat(ack("forbidden").get("error").get("code").stringValue()).isEqualTo("unauthorized");
		assertThat(this.client.drainEvents()).isEmpty();
		await().atMost(java.time.Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("unknown_event for event 'no_such_event'")
					&& output.getOut().contains("no ack requested"));
	}

	@Test
	void anExceptionHandlerMayAnswerLater() {
		assertThat(ack("later")).isEqualTo(json("{\"advice\": \"second\", \"later\": \"in a while\"}"));
	}

	@Test
	void anExceptionHandlerWhoseFutureFailsFallsBackToTheDefault(CapturedOutput output) {
		JsonNode error = ack("later_fails").get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("internal_error");
		await().atMost(java.time.Duration.ofSeconds(5))
			.until(() -> output.getOut().contains("the future of the handler fails"));
	}

	@Test
	void anExceptionHandlerWhoseFutureHasNoValueAcksWithoutArguments() {
		assertThat(this.client.emitWithAck("quiet")).isEmpty();
	}

	private JsonNode ack(String event, String... args) {
		return this.client.emitWithAck(event, args).get(0);
	}

	static class GameNotFoundException extends RuntimeException {

		GameNotFoundException(long id) {
			super("game " + id + " not found");
		}

	}

	record GameId(long id) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ GameController.class, SecondAdvice.class, FirstAdvice.class })
	static class App {

	}

	@SocketIoController
	static class GameController {

		@OnEvent("find_game")
		String findGame(GameId id) {
			throw new GameNotFoundException(id.id());
		}

		@OnEvent("wrapped")
		String wrapped() {
			throw new IllegalStateException("wrapper", new GameNotFoundException(3));
		}

		@OnEvent("illegal")
		String illegal() {
			throw new IllegalArgumentException("bad move");
		}

		@OnEvent("overlap")
		String overlap() {
			throw new UnsupportedOperationException("both match");
		}

		@OnEvent("specific")
		String specific() {
			throw new NotYetException("not yet");
		}

		@OnEvent("handler_fails")
		String handlerFails() {
			throw new ArrayStoreException("first failure");
		}

		@OnEvent("boom")
		String boom() {
			throw new NullPointerException("kaboom");
		}

		@OnEvent("forbidden")
		String forbidden() {
			throw new UnauthorizedException("not your turn");
		}

		@OnEvent("typed")
		int typed(int value) {
			return value;
		}

		@OnEvent("later")
		String later() {
			throw new LaterException("in a while");
		}

		@OnEvent("later_fails")
		String laterFails() {
			throw new LaterException("fails");
		}

		@OnEvent("quiet")
		String quiet() {
			throw new QuietException();
		}

		@SocketIoExceptionHandler
		Map<String, Object> notFound(GameNotFoundException ex, SocketIOClient client, @EventName String event,
				@Namespace String namespace, JsonNode payload) {
			Map<String, Object> ack = new java.util.LinkedHashMap<>();
			ack.put("error", ex.getMessage());
			ack.put("event", event);
			ack.put("namespace", namespace);
			ack.put("payload", payload);
			ack.put("client", client.getSessionId().toString());
			return ack;
		}

	}

	static class LaterException extends RuntimeException {

		LaterException(String message) {
			super(message);
		}

	}

	static class QuietException extends RuntimeException {

	}

	static class NotYetException extends IllegalStateException {

		NotYetException(String message) {
			super(message);
		}

	}

	@SocketIoControllerAdvice
	@Order(1)
	static class FirstAdvice {

		@SocketIoExceptionHandler({ IllegalArgumentException.class, UnsupportedOperationException.class })
		Map<String, String> illegal(RuntimeException ex) {
			return Map.of("advice", "first", "message", ex.getMessage());
		}

		@SocketIoExceptionHandler
		Map<String, Object> invalid(RequestValidationException ex) {
			return Map.of("invalid", ex.getViolations().stream().map(Violation::path).toList());
		}

		@SocketIoExceptionHandler
		String fails(ArrayStoreException ex) {
			throw new IllegalStateException("the handler itself fails");
		}

	}

	@SocketIoControllerAdvice
	@Order(2)
	static class SecondAdvice {

		@SocketIoExceptionHandler
		Map<String, String> overlap(UnsupportedOperationException ex) {
			return Map.of("advice", "second", "message", ex.getMessage());
		}

		@SocketIoExceptionHandler
		Map<String, String> broad(IllegalStateException ex) {
			return Map.of("advice", "second", "broad", ex.getMessage());
		}

		@SocketIoExceptionHandler
		Map<String, String> specific(NotYetException ex) {
			return Map.of("advice", "second", "specific", ex.getMessage());
		}

		@SocketIoExceptionHandler
		CompletableFuture<Map<String, String>> later(LaterException ex) {
			if (ex.getMessage().equals("fails")) {
				return CompletableFuture.supplyAsync(() -> {
					throw new IllegalStateException("the future of the handler fails");
				}, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
			}
			return CompletableFuture.supplyAsync(() -> Map.of("advice", "second", "later", ex.getMessage()),
					CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
		}

		@SocketIoExceptionHandler
		CompletableFuture<Void> quiet(QuietException ex) {
			return CompletableFuture.runAsync(() -> {
			}, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
		}

	}

}
