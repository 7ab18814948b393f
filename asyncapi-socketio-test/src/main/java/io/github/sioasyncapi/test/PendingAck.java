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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.sioasyncapi.error.ErrorAck;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The acknowledgement of an emitted event, completed when it arrives (already checked against
 * the document) or when the connection closes.
 */
final class PendingAck implements SocketIoTester.Ack {

	private final String event;

	private final String client;

	private final Settings settings;

	private final CompletableFuture<Arrived> arrival = new CompletableFuture<>();

	/**
	 * Create an ack to come.
	 * @param event the event it acknowledges
	 * @param client the client, for messages ({@code client … on namespace …})
	 * @param settings the tester's settings
	 */
	PendingAck(String event, String client, Settings settings) {
		this.event = event;
		this.client = client;
		this.settings = settings;
	}

	void arrived(ArrayNode arguments, Check check) {
		this.arrival.complete(new Arrived(arguments, check));
	}

	void closed(String reason) {
		this.arrival.completeExceptionally(new ConnectionClosedException(reason));
	}

	@Override
	public String event() {
		return this.event;
	}

	@Override
	public ArrayNode arguments() {
		return await().deepCopy();
	}

	@Override
	public <T> T as(Class<T> type) {
		return decodeOnly(this.settings.mapper().getTypeFactory().constructType(type));
	}

	@Override
	public <T> T as(ParameterizedTypeReference<T> type) {
		return decodeOnly(this.settings.mapper().getTypeFactory().constructType(type.getType()));
	}

	private <T> T decodeOnly(JavaType type) {
		ArrayNode arguments = await();
		if (arguments.size() != 1) {
			throw new AssertionError("The ack of '" + this.event + "' has " + arguments.size() + " arguments, not one: "
					+ arguments);
		}
		String what = "the ack of '" + this.event + "'";
		JsonNode error = error(arguments);
		if (error == null) {
			return WireJson.decode(this.settings.mapper(), arguments.get(0), type, what);
		}
		T value;
		try {
			value = WireJson.decode(this.settings.mapper(), arguments.get(0), type, what);
		}
		catch (AssertionError ex) {
			throw notDecodedError(type, error);
		}
		if (!keepsError(value, error)) {
			throw notDecodedError(type, error);
		}
		return value;
	}

	/**
	 * Whether a value decoded from an error ack kept the error's code, as the starter's
	 * {@link ErrorAck}, a type of the application's own with an {@code error} property,
	 * {@code Object} or a JSON tree do; any other type would silently drop it.
	 */
	private boolean keepsError(Object value, JsonNode error) {
		try {
			JsonNode tree = this.settings.mapper().valueToTree(value);
			return tree != null && tree.path("error").path("code").equals(error.path("code"));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private AssertionError notDecodedError(JavaType type, JsonNode error) {
		return new AssertionError("The ack of '" + this.event + "' is an error ack, not " + type.toCanonical() + ": "
				+ new DefaultErrorAck(this.event, error).describe() + " (isError() checks error acks)");
	}

	/**
	 * The error of an error ack, {@code {"error": {"code": …}}}.
	 * @return the error, or {@code null} if the arguments are not an error ack
	 */
	private static @Nullable JsonNode error(ArrayNode arguments) {
		JsonNode error = (arguments.size() == 1) ? arguments.get(0).get("error") : null;
		return (error != null && error.path("code").isString()) ? error : null;
	}

	@Override
	public void hasNoArguments() {
		ArrayNode arguments = await();
		if (!arguments.isEmpty()) {
			throw new AssertionError("The ack of '" + this.event + "' was expected without arguments, but carries "
					+ arguments);
		}
	}

	@Override
	public SocketIoTester.ErrorAck isError() {
		ArrayNode arguments = await();
		JsonNode error = error(arguments);
		if (error == null) {
			throw new AssertionError("The ack of '" + this.event
					+ "' was expected to be an error ack {\"error\": {\"code\": …}}, but is " + arguments);
		}
		return new DefaultErrorAck(this.event, error);
	}

	@Override
	public void isAbsent() {
		Arrived arrived;
		try {
			arrived = this.arrival.get(this.settings.quietPeriod().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while checking that no ack of '" + this.event + "' arrives", ex);
		}
		throw new AssertionError("An ack of '" + this.event + "' reached " + this.client
				+ ", though none was expected: " + arrived.arguments());
	}

	/**
	 * Whether the ack arrived, does not match the document, and nobody has seen that yet.
	 * @return {@code true} if so
	 */
	boolean hasUnreportedMismatch() {
		return this.arrival.isDone() && !this.arrival.isCompletedExceptionally()
				&& this.arrival.join().check().hasUnreportedMismatch();
	}

	/**
	 * The mismatch, counted as reported.
	 * @return the mismatch
	 */
	String reportMismatch() {
		return this.arrival.join().check().report();
	}

	private ArrayNode await() {
		Arrived arrived;
		try {
			arrived = this.arrival.get(this.settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("No ack of '" + this.event + "' reached " + this.client + " within "
					+ Settings.format(this.settings.timeout()));
		}
		catch (ExecutionException ex) {
			throw new AssertionError("The connection of " + this.client + " closed (" + ex.getCause().getMessage()
					+ ") before the ack of '" + this.event + "' arrived");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for the ack of '" + this.event + "'", ex);
		}
		arrived.check().verify();
		return arrived.arguments();
	}

	private record Arrived(ArrayNode arguments, Check check) {
	}

	/**
	 * The connection closed before the ack arrived.
	 */
	private static final class ConnectionClosedException extends Exception {

		ConnectionClosedException(String reason) {
			super(reason, null, false, false);
		}

	}

}
