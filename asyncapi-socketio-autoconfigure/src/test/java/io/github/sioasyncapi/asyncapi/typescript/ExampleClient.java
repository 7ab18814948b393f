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

package io.github.sioasyncapi.asyncapi.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import tools.jackson.databind.JsonNode;

/**
 * Writes a TypeScript client of a document's declarations that uses every event with the
 * document's own examples: it emits each client → server event with its example payload
 * (with {@code emit} and a callback, and with {@code emitWithAck}), and listens to each
 * server → client event, answering those that ask for an ack with the example ack. The
 * client compiles only when the declarations and the examples agree.
 */
final class ExampleClient {

	private ExampleClient() {
	}

	static String of(ClientContract contract) {
		JsonNode document = contract.document();
		StringBuilder out = new StringBuilder();
		out.append("import { io, type Socket } from \"socket.io-client\";\n");
		out.append("import type * as api from \"./api.js\";\n\n");
		List<String> namespaces = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : document.path("operations").properties()) {
			JsonNode operation = contract.resolve(entry.getValue());
			String namespace = contract.resolve(operation.path("channel")).path("address").asString("/");
			if (!namespaces.contains(namespace)) {
				namespaces.add(namespace);
				String prefix = "/".equals(namespace) ? "" : Identifiers.pascal(namespace);
				out.append("const socket").append(namespaces.size()).append(": Socket<api.").append(prefix)
					.append("ServerToClientEvents, api.").append(prefix).append("ClientToServerEvents> = io(")
					.append(Identifiers.literal("http://127.0.0.1:1" + namespace)).append(");\n");
			}
			String socket = "socket" + (namespaces.indexOf(namespace) + 1);
			JsonNode message = contract.resolve(operation.path("messages").get(0));
			String event = Identifiers.literal(message.path("name").asString());
			List<String> arguments = arguments(contract, message);
			JsonNode reply = operation.get("reply");
			JsonNode ack = null;
			boolean ackHasData = false;
			if (reply != null) {
				for (JsonNode replyMessage : reply.path("messages").values()) {
					JsonNode resolved = contract.resolve(replyMessage);
					ackHasData |= resolved.has("payload");
					if (ack == null && !"error_ack".equals(resolved.path("name").asString())) {
						ack = resolved;
					}
				}
			}
			if ("receive".equals(operation.path("action").asString())) {
				List<String> emit = new ArrayList<>(arguments);
				if (reply != null) {
					emit.add("(...ack) => console.log(ack)");
				}
				out.append(socket).append(".emit(").append(event).append(prefixed(emit)).append(");\n");
				if (reply != null && ackHasData) {
					out.append("console.log(await ").append(socket).append(".emitWithAck(").append(event)
						.append(prefixed(arguments)).append("));\n");
				}
			}
			else {
				List<String> parameters = new ArrayList<>();
				for (int i = 0; i < arguments.size(); i++) {
					parameters.add("p" + (i + 1));
				}
				if (reply == null) {
					out.append(socket).append(".on(").append(event).append(", (...args) => console.log(args));\n");
				}
				else {
					parameters.add("callback");
					List<String> answer = (ack != null) ? arguments(contract, ack) : List.of();
					out.append(socket).append(".on(").append(event).append(", (").append(String.join(", ", parameters))
						.append(") => callback(").append(String.join(", ", answer)).append("));\n");
				}
			}
		}
		if (namespaces.isEmpty()) {
			out.append("export {};\n");
		}
		return out.toString();
	}

	/** The example payload of a message as Socket.IO arguments, in TypeScript. */
	private static List<String> arguments(ClientContract contract, JsonNode message) {
		JsonNode payload = message.get("payload");
		if (payload == null) {
			return List.of();
		}
		JsonNode example = message.path("examples").path(0).path("payload");
		if (example.isMissingNode()) {
			throw new IllegalStateException("No example of " + message.path("name"));
		}
		JsonNode schema = contract.resolve(payload);
		if (!schema.has("prefixItems") && !schema.path(ClientContract.ARGUMENTS_EXTENSION).asBoolean(false)) {
			return List.of(example.toString());
		}
		List<String> arguments = new ArrayList<>();
		example.values().forEach((value) -> arguments.add(value.toString()));
		while (arguments.size() < schema.path("prefixItems").size()) {
			arguments.add("undefined");
		}
		return arguments;
	}

	private static String prefixed(List<String> arguments) {
		return arguments.isEmpty() ? "" : ", " + String.join(", ", arguments);
	}

}
