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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * An error acknowledgement, {@code {"error": {"code": …, "message": …, "violations": […]}}}.
 */
final class DefaultErrorAck implements SocketIoTester.ErrorAck {

	private final String event;

	private final JsonNode error;

	DefaultErrorAck(String event, JsonNode error) {
		this.event = event;
		this.error = error;
	}

	@Override
	public String code() {
		return this.error.path("code").asString("");
	}

	@Override
	public String message() {
		return this.error.path("message").asString("");
	}

	@Override
	public List<String> violationPaths() {
		List<String> paths = new ArrayList<>();
		for (JsonNode violation : this.error.path("violations")) {
			paths.add(violation.path("path").asString(""));
		}
		return paths;
	}

	@Override
	public SocketIoTester.ErrorAck hasCode(String code) {
		if (!code().equals(code)) {
			throw mismatch("code '" + code + "'");
		}
		return this;
	}

	@Override
	public SocketIoTester.ErrorAck hasMessage(String message) {
		if (!message().equals(message)) {
			throw mismatch("message \"" + message + "\"");
		}
		return this;
	}

	@Override
	public SocketIoTester.ErrorAck hasViolationPaths(String... paths) {
		List<String> expected = new ArrayList<>(Arrays.asList(paths));
		List<String> actual = violationPaths();
		expected.sort(null);
		actual.sort(null);
		if (!expected.equals(actual)) {
			throw mismatch("violation paths " + expected);
		}
		return this;
	}

	/**
	 * The error for messages.
	 * @return for example {@code code 'invalid_payload', message "join: payload is invalid",
	 * violation paths [room]}
	 */
	String describe() {
		List<String> paths = violationPaths();
		return "code '" + code() + "', message \"" + message() + "\""
				+ (paths.isEmpty() ? "" : ", violation paths " + paths);
	}

	private AssertionError mismatch(String expected) {
		return new AssertionError("The error ack of '" + this.event + "' was expected with " + expected + ", but is "
				+ this.error);
	}

}
