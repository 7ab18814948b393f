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

import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * An event a client received, with its check against the document. Whether it was taken by
 * an expectation is guarded by the {@link Inbox}.
 */
final class ReceivedEvent implements SocketIoTester.Event {

	private final String name;

	private final ArrayNode arguments;

	private final Check check;

	private final ObjectMapper mapper;

	private boolean taken;

	ReceivedEvent(String name, ArrayNode arguments, Check check, ObjectMapper mapper) {
		this.name = name;
		this.arguments = arguments;
		this.check = check;
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ArrayNode arguments() {
		return this.arguments.deepCopy();
	}

	@Override
	public <T> T as(Class<T> type) {
		return decodeOnly(this.mapper.getTypeFactory().constructType(type));
	}

	@Override
	public <T> T as(ParameterizedTypeReference<T> type) {
		return decodeOnly(this.mapper.getTypeFactory().constructType(type.getType()));
	}

	@Override
	public <T> T argument(int index, Class<T> type) {
		if (index < 0 || index >= this.arguments.size()) {
			throw new AssertionError("The event '" + this.name + "' has no argument " + index + ": " + this.arguments);
		}
		return WireJson.decode(this.mapper, this.arguments.get(index), this.mapper.getTypeFactory().constructType(type),
				"argument " + index + " of the event '" + this.name + "'");
	}

	private <T> T decodeOnly(JavaType type) {
		if (this.arguments.size() != 1) {
			throw new AssertionError("The event '" + this.name + "' has " + this.arguments.size()
					+ " arguments, not one: " + this.arguments + " (decode each with argument(index, type))");
		}
		return WireJson.decode(this.mapper, this.arguments.get(0), type, "the event '" + this.name + "'");
	}

	/**
	 * Fail if the event does not match the document.
	 * @return this event
	 */
	ReceivedEvent verified() {
		this.check.verify();
		return this;
	}

	boolean hasUnreportedMismatch() {
		return this.check.hasUnreportedMismatch();
	}

	Check check() {
		return this.check;
	}

	boolean isTaken() {
		return this.taken;
	}

	void take() {
		this.taken = true;
	}

	@Override
	public String toString() {
		return this.name + " " + this.arguments;
	}

}
