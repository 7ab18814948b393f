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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiWriter;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Channel;
import io.github.sioasyncapi.asyncapi.model.Message;
import io.github.sioasyncapi.asyncapi.model.Operation;
import io.github.sioasyncapi.asyncapi.model.OperationAction;
import io.github.sioasyncapi.asyncapi.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declarations generated from documents: the golden documents give their golden
 * declarations from the YAML as from the live model, and a hand-written document covers the
 * JSON Schema cases ({@code src/test/resources/asyncapi/typescript/}, refreshed with
 * {@code -Dasyncapi.golden.update=true}). {@code TypeScriptCompileTests} compiles them.
 */
class TypeScriptGeneratorTests {

	static final Path GOLDEN = Path.of("src", "test", "resources", "asyncapi", "golden");

	static final Path CASES = Path.of("src", "test", "resources", "asyncapi", "typescript");

	private final TypeScriptGenerator generator = new TypeScriptGenerator();

	static Stream<String> goldenDocuments() throws IOException {
		try (Stream<Path> files = Files.list(GOLDEN)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yaml"))
				.map((name) -> name.substring(0, name.length() - ".yaml".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldenDocuments")
	void theCommittedYamlGivesTheSameDeclarationsAsTheLiveModel(String name) throws IOException {
		String fromYaml = this.generator.generate(ClientContract.read(GOLDEN.resolve(name + ".yaml")));
		assertThat(fromYaml).isEqualTo(Files.readString(GOLDEN.resolve(name + ".d.ts")));
	}

	@Test
	void jsonSchemaCasesMatchTheirGoldenDeclarations() throws IOException {
		String declarations = this.generator.generate(ClientContract.read(CASES.resolve("json-schema.yaml")));
		Path golden = CASES.resolve("json-schema.d.ts");
		if (Boolean.getBoolean("asyncapi.golden.update")) {
			Files.writeString(golden, declarations, StandardCharsets.UTF_8);
		}
		assertThat(declarations).isEqualTo(Files.readString(golden));
	}

	@Test
	void jsonSchemaCases() {
		String declarations = this.generator.generate(ClientContract.read(CASES.resolve("json-schema.yaml")));
		assertThat(declarations)
			.as("namespaces").contains("export interface ServerToClientEvents {", "export interface ClientToServerEvents {",
					"export interface ChatRoomServerToClientEvents {", "export interface ChatRoomClientToServerEvents {")
			.as("an event without ack, optional trailing arguments")
			.contains("patch: (payload1: string, patch: Patch, payload3?: boolean | null) => void;")
			.as("acks: the union of the reply messages")
			.contains("update: (payload: Document, callback: (ack: \"saved\" | \"queued\" | null | Failure) => void) => void;")
			.as("an ack the client sends").contains("patched: (payload: Patch, callback: (ack: \"saved\" | \"queued\" | null) => void) => void;")
			.as("nullable, type arrays").contains("subtitle?: string | null;", "version?: number | null;")
			.as("maps").contains("metadata?: { [key: string]: string };")
			.as("tuples").contains("position?: [number, number];")
			.as("recursion through names").contains("children?: Node[];", "parent?: Node | null;")
			.as("enums").contains("export type Status = \"draft\" | \"published\" | \"archived\";")
			.as("discriminated union").contains("export type Patch = SetTitle | AddTag | Move;")
			.as("allOf").contains("export type Move = {\n  op: \"move\";\n} & Position;")
			.as("quoted names, deprecation").contains("/** @deprecated */\n  \"content-type\"?: string;")
			.as("true and false schemas").contains("anything?: unknown;", "never?: never;")
			.as("pattern properties").contains("export interface Labels {\n  [key: string]: string;\n}")
			.as("identifiers").contains("export type interface_ = boolean;", "export interface _2fa {")
			.as("comments cannot be ended by text")
			.contains("description, with a *\\/ that must not end the comment.", "@pattern ^[a-z*\\/]+$",
					"// TypeScript declarations of \"JSON Schema */ cases 2.0.0\"")
			.as("a Multi Format Schema Object").contains("level: \"info\";", "\"x-trace-id\"?: string;")
			.as("the bearer token in every namespace's auth data")
			.contains("export type SocketAuth = { token: string };",
					"export type ChatRoomSocketAuth = {\n  client: string;\n} & { token: string };")
			.as("names of globals").contains("export interface Error_ {", "error: Error_;", "export interface Record_ {")
			.doesNotContain("interface Error ", "interface Record ")
			.as("socket.io-client completed for acknowledged events")
			.contains("declare module \"socket.io-client\" {\n  interface Socket<ListenEvents, EmitEvents> {");
	}

	@Test
	void declarationsFollowTheCustomizedDocument() {
		AsyncApiCustomizer addEvent = (document) -> {
			Channel channel = new Channel();
			channel.setAddress("/");
			document.getChannels().put("root", channel);
			Message message = new Message();
			message.setName("hello");
			message.setPayload(JsonNodeFactory.instance.objectNode().put("type", "string"));
			document.getComponents().getMessages().put("hello", message);
			channel.getMessages().put("hello", Reference.toMessage("hello"));
			Operation operation = new Operation();
			operation.setAction(OperationAction.SEND);
			operation.setChannel(Reference.toChannel("root"));
			operation.getMessages().add(Reference.toChannelMessage("root", "hello"));
			document.getOperations().put("sendHello", operation);
		};
		AsyncApiDocumentProvider provider = new AsyncApiDocumentProvider(AsyncApiDocument::new,
				java.util.List.of(addEvent), new AsyncApiWriter());
		assertThat(provider.getTypeScript()).contains("export interface ServerToClientEvents {\n  hello: (payload: string) => void;\n}");
	}

	@Test
	void anEmptyDocumentIsAModule() {
		assertThat(this.generator.generate(new AsyncApiDocument())).endsWith("\nexport {};\n");
	}

}
