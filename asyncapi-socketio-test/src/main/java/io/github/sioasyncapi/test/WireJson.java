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

import io.socket.client.Ack;
import org.jspecify.annotations.Nullable;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Converts between the values of the Java Socket.IO client ({@code org.json} objects, strings,
 * numbers, booleans, {@link JSONObject#NULL}, byte arrays) and Jackson trees.
 */
final class WireJson {

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private WireJson() {
	}

	static JsonNode parse(String json) {
		try {
			return PLAIN.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not JSON: " + json + " (" + ex.getOriginalMessage() + ")", ex);
		}
	}

	/**
	 * The arguments to hand to the client: trees as they are, other objects encoded with the
	 * mapper, byte arrays as binary attachments.
	 */
	static Object[] toWire(ObjectMapper mapper, @Nullable Object[] arguments) {
		Object[] wire = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			wire[i] = toWire(mapper, arguments[i]);
		}
		return wire;
	}

	private static Object toWire(ObjectMapper mapper, @Nullable Object argument) {
		if (argument == null) {
			return JSONObject.NULL;
		}
		if (argument instanceof byte[]) {
			return argument;
		}
		JsonNode tree = (argument instanceof JsonNode node) ? node : mapper.valueToTree(argument);
		return tree.isNull() ? JSONObject.NULL : new JSONTokener(tree.toString()).nextValue();
	}

	/**
	 * The arguments the client delivered, from a position on, without the ack callback that
	 * the server may have asked for.
	 */
	static ArrayNode fromWire(Object[] arguments, int from) {
		ArrayNode tree = NODES.arrayNode();
		for (int i = from; i < arguments.length; i++) {
			Object argument = arguments[i];
			if (!(argument instanceof Ack)) {
				tree.add(fromWire(argument));
			}
		}
		return tree;
	}

	private static JsonNode fromWire(@Nullable Object argument) {
		if (argument == null || JSONObject.NULL.equals(argument)) {
			return NODES.nullNode();
		}
		if (argument instanceof JSONObject || argument instanceof JSONArray || argument instanceof Number) {
			return PLAIN.readTree(argument.toString());
		}
		if (argument instanceof Boolean bool) {
			return NODES.booleanNode(bool);
		}
		if (argument instanceof byte[] bytes) {
			return NODES.binaryNode(bytes);
		}
		return NODES.stringNode(argument.toString());
	}

	/**
	 * Decode a tree with the mapper.
	 * @throws AssertionError if it does not fit the type
	 */
	static <T> T decode(ObjectMapper mapper, JsonNode tree, JavaType type, String what) {
		try {
			T value = mapper.treeToValue(tree, type);
			if (value == null) {
				throw new AssertionError(what + " is null: cannot decode it as " + type.toCanonical());
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new AssertionError(
					"Cannot decode " + what + " " + tree + " as " + type.toCanonical() + ": " + ex.getOriginalMessage(),
					ex);
		}
	}

}
