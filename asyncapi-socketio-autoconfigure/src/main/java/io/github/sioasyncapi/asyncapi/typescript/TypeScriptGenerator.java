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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.AuthToken;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Event;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Namespace;
import io.github.sioasyncapi.asyncapi.contract.ClientContract.Payload;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.typescript.SchemaTypes.Type;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Generates TypeScript declarations of an AsyncAPI document for socket.io-client v4's typed
 * sockets, {@code Socket<ServerToClientEvents, ClientToServerEvents>}:
 * <ul>
 * <li>per namespace, {@code ServerToClientEvents} (the events a client listens to) and
 * {@code ClientToServerEvents} (the events it emits); other namespaces than {@code /} prefix
 * both with their PascalCase name ({@code /admin} gives {@code AdminServerToClientEvents}), and
 * a namespace whose connection takes auth data (its {@code x-socketio-auth} schema, the
 * bearer token of the servers' security scheme, or both) gets its type as {@code SocketAuth}
 * ({@code AdminSocketAuth});</li>
 * <li>each event is a function type: its payload arguments (the remaining arguments of an
 * argument list as a rest parameter), then, when the event is acknowledged, a callback typed
 * with the acknowledgement's arguments (the union of the reply messages, the error ack
 * included), so that {@code emitWithAck} is typed too; {@link SocketAugmentation} completes
 * socket.io-client's {@code Socket} so that such an event may be emitted without callback,
 * and {@code timeout(ms).emitWithAck} is typed;</li>
 * <li>every component schema is an exported interface (plain objects) or type alias
 * (everything else) of the same name, see {@link SchemaTypes}; descriptions become TSDoc. A
 * name that is no identifier is made one, and one of a global of JavaScript's or TypeScript's
 * standard library gets the suffix {@code _} ({@code Error_}), see
 * {@link Identifiers#typeName(String)}.</li>
 * </ul>
 * The same document always gives the same text.
 *
 * @since 0.1.0
 */
public class TypeScriptGenerator {

	/** The media type of the declarations. */
	public static final String CONTENT_TYPE = "application/typescript";

	/**
	 * Create a generator; it holds no state, so one instance serves every document.
	 */
	public TypeScriptGenerator() {
	}

	/**
	 * Generate the declarations of a document model.
	 * @param document the document
	 * @return the declarations, a TypeScript module
	 */
	public String generate(AsyncApiDocument document) {
		return generate(ClientContract.of(document));
	}

	/**
	 * Generate the declarations of a document.
	 * @param contract the document's client contract
	 * @return the declarations, a TypeScript module
	 */
	public String generate(ClientContract contract) {
		Identifiers.Scope scope = new Identifiers.Scope();
		AuthToken token = contract.authToken();
		Map<String, String> interfaceNames = new LinkedHashMap<>();
		for (Namespace namespace : contract.namespaces()) {
			String prefix = "/".equals(namespace.name()) ? "" : Identifiers.pascal(namespace.name());
			if (prefix.isEmpty() && !"/".equals(namespace.name())) {
				prefix = "Namespace";
			}
			List<String> suffixes = (namespace.auth() != null || token != null)
					? List.of("ServerToClientEvents", "ClientToServerEvents", "SocketAuth")
					: List.of("ServerToClientEvents", "ClientToServerEvents");
			for (String suffix : suffixes) {
				interfaceNames.put(namespace.name() + " " + suffix, scope.claim(Identifiers.typeName(prefix + suffix)));
			}
		}
		Map<String, String> schemaNames = new LinkedHashMap<>();
		contract.schemas().keySet().forEach((name) -> schemaNames.put(name, scope.claim(Identifiers.typeName(name))));
		SchemaTypes types = new SchemaTypes(contract, schemaNames);

		StringBuilder out = new StringBuilder();
		header(out, contract, interfaceNames);
		for (Namespace namespace : contract.namespaces()) {
			String name = namespace.name();
			eventMap(out, types, interfaceNames.get(name + " ServerToClientEvents"), namespace.serverToClient(),
					"The events a client of the namespace `" + name + "` listens to (`socket.on`).");
			eventMap(out, types, interfaceNames.get(name + " ClientToServerEvents"), namespace.clientToServer(),
					"The events a client of the namespace `" + name + "` emits (`socket.emit`, `socket.emitWithAck`).");
			String auth = interfaceNames.get(name + " SocketAuth");
			if (auth != null) {
				authType(out, types, auth, namespace, token);
			}
		}
		for (Map.Entry<String, JsonNode> schema : contract.schemas().entrySet()) {
			String name = schemaNames.get(schema.getKey());
			DocComment.of(schema.getValue()).writeTo(out, "");
			if (types.isInterface(schema.getValue())) {
				out.append("export interface ").append(name).append(" {\n");
				out.append(types.members(schema.getValue(), SchemaTypes.INDENT));
				out.append("}\n\n");
			}
			else {
				out.append("export type ").append(name).append(" = ").append(types.type(schema.getValue(), "").text());
				out.append(";\n\n");
			}
		}
		boolean acknowledged = contract.namespaces()
			.stream()
			.flatMap((namespace) -> namespace.clientToServer().stream())
			.anyMatch((event) -> event.acks() != null);
		if (acknowledged) {
			SocketAugmentation.write(out, scope);
		}
		if (contract.namespaces().isEmpty() && contract.schemas().isEmpty()) {
			out.append("export {};\n");
		}
		return out.toString().stripTrailing() + "\n";
	}

	/**
	 * The type of a namespace's auth data: its schema ({@code x-socketio-auth}), with the
	 * bearer token's property when the servers' security scheme names one.
	 */
	private static void authType(StringBuilder out, SchemaTypes types, String typeName, Namespace namespace,
			@Nullable AuthToken token) {
		DocComment comment = new DocComment().paragraph("The auth data a client of the namespace `" + namespace.name()
				+ "` sends when it connects: `io(url, { auth })`.");
		List<Type> parts = new ArrayList<>();
		if (namespace.auth() != null) {
			parts.add(types.type(namespace.auth(), ""));
		}
		if (token != null) {
			comment.paragraph("`" + token.property() + "` carries the bearer token"
					+ (token.required() ? "." : "; a client without one connects as an anonymous user."));
			parts.add(Type.primary("{ " + Identifiers.memberName(token.property()) + (token.required() ? "" : "?")
					+ ": string }"));
		}
		comment.writeTo(out, "");
		out.append("export type ").append(typeName).append(" = ").append(SchemaTypes.intersection(parts).text());
		out.append(";\n\n");
	}

	private static void header(StringBuilder out, ClientContract contract, Map<String, String> interfaceNames) {
		String label = contract.label().isEmpty() ? "an AsyncAPI document" : "\"" + contract.label() + "\"";
		out.append("// TypeScript declarations of ").append(oneLine(label)).append(" for socket.io-client v4,\n");
		out.append("// generated from its AsyncAPI document by asyncapi-socketio: regenerate them, do not edit them.\n");
		out.append("//\n");
		out.append("//   import { io, type Socket } from \"socket.io-client\";\n");
		out.append("//   import type { ServerToClientEvents, ClientToServerEvents } from \"./api\";\n");
		out.append("//\n");
		out.append("//   const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url);\n");
		List<Namespace> others = contract.namespaces().stream().filter((namespace) -> !"/".equals(namespace.name())).toList();
		if (!others.isEmpty()) {
			out.append("//\n// Other namespaces, io(url + namespace):\n");
			for (Namespace namespace : others) {
				out.append("//   ")
					.append(oneLine(namespace.name()))
					.append(": Socket<")
					.append(interfaceNames.get(namespace.name() + " ServerToClientEvents"))
					.append(", ")
					.append(interfaceNames.get(namespace.name() + " ClientToServerEvents"))
					.append(">\n");
			}
		}
		out.append('\n');
	}

	private static void eventMap(StringBuilder out, SchemaTypes types, String name, List<Event> events, String doc) {
		new DocComment().paragraph(doc).writeTo(out, "");
		if (events.isEmpty()) {
			out.append("export interface ").append(name).append(" {}\n\n");
			return;
		}
		out.append("export interface ").append(name).append(" {\n");
		for (Event event : events) {
			new DocComment().paragraph(event.summary()).paragraph(event.description()).writeTo(out, SchemaTypes.INDENT);
			out.append(SchemaTypes.INDENT)
				.append(Identifiers.memberName(event.name()))
				.append(": ")
				.append(signature(types, event))
				.append(";\n");
		}
		out.append("}\n\n");
	}

	/**
	 * The function type of an event: its payload arguments, then the acknowledgement callback.
	 * A callback after the remaining arguments makes the parameters a labelled tuple, since a
	 * rest parameter must be the last one: {@code (...args: [room: string, ...rest: string[],
	 * callback: (ack: Ack) => void]) => void}.
	 */
	private static String signature(SchemaTypes types, Event event) {
		String indent = SchemaTypes.INDENT;
		Identifiers.Scope names = new Identifiers.Scope();
		names.claim("callback");
		names.claim("args");
		List<Payload> acks = event.acks();
		List<String> parameters = parameters(types, event.payloads(), "payload", names, acks != null, indent);
		if (acks == null) {
			return "(" + String.join(", ", parameters) + ") => void";
		}
		List<String> ackParameters = parameters(types, acks, "ack", new Identifiers.Scope(), false, indent);
		boolean rest = !parameters.isEmpty() && parameters.get(parameters.size() - 1).startsWith("...");
		parameters.add("callback: (" + String.join(", ", ackParameters) + ") => void");
		return rest ? "(...args: [" + String.join(", ", parameters) + "]) => void"
				: "(" + String.join(", ", parameters) + ") => void";
	}

	/**
	 * The parameters of one or more alternative payloads: the i-th parameter has the union of
	 * the alternatives' i-th argument types, and is optional when an alternative does not
	 * require it: marked with {@code ?}, or, where a required parameter follows (the callback),
	 * typed {@code | undefined}. Remaining arguments make a last rest parameter,
	 * {@code ...rest: T[]}, with its required elements first ({@code ...rest: [T, ...T[]]}).
	 */
	private static List<String> parameters(SchemaTypes types, List<Payload> payloads, String singleName,
			Identifiers.Scope names, boolean callbackFollows, String indent) {
		int count = payloads.stream().mapToInt((payload) -> payload.arguments().size()).max().orElse(0);
		boolean rest = payloads.stream().anyMatch((payload) -> payload.remaining() != null);
		List<String> parameters = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Type> alternatives = new ArrayList<>();
			boolean optional = false;
			String hint = null;
			for (Payload payload : payloads) {
				JsonNode argument = payload.argument(i);
				if (argument != null) {
					alternatives.add(types.type(argument, indent));
					hint = (alternatives.size() == 1) ? nameHint(argument) : hint;
				}
				optional |= payload.required() <= i;
			}
			String name = (count == 1 && !rest) ? singleName
					: (hint != null) ? Identifiers.camel(hint) : singleName + (i + 1);
			// an optional parameter may not precede a required one
			boolean laterRequired = callbackFollows;
			for (Payload payload : payloads) {
				laterRequired |= payload.required() > i + 1;
			}
			Type type = SchemaTypes.union(alternatives);
			parameters.add(names.claim(name) + ((optional && !laterRequired) ? "?: " : ": ")
					+ ((optional && laterRequired) ? SchemaTypes.union(List.of(type, Type.primary("undefined"))).text()
							: type.text()));
		}
		if (rest) {
			List<Type> alternatives = new ArrayList<>();
			int required = Integer.MAX_VALUE;
			for (Payload payload : payloads) {
				if (payload.remaining() != null) {
					alternatives.add(types.type(payload.remaining(), indent));
					required = Math.min(required, Math.max(0, payload.required() - count));
				}
			}
			String element = SchemaTypes.union(alternatives).wrapped(Type.PRIMARY);
			String elements = (required == 0) ? element + "[]"
					: "[" + (element + ", ").repeat(required) + "..." + element + "[]]";
			String title = payloads.stream()
				.filter((payload) -> payload.remaining() != null)
				.map((payload) -> payload.remaining().path("title").asString(""))
				.findFirst()
				.orElse("");
			parameters.add("..." + names.claim(title.isBlank() ? "rest" : Identifiers.camel(title)) + ": " + elements);
		}
		return parameters;
	}

	/**
	 * What to name the parameter of an argument: its title (the name of the Java parameter or
	 * record component) or the schema it references.
	 */
	private static @Nullable String nameHint(JsonNode argument) {
		String title = argument.path("title").asString("");
		return title.isBlank() ? ClientContract.schemaName(argument) : title;
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
	}

}
