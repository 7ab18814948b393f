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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.testsupport.TypeScriptCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated declarations with the real TypeScript compiler ({@code tsc --strict}) and
 * socket.io-client's own types: typed clients compile, mistakes do not.
 */
class TypeScriptCompileTests {

	private static TypeScriptCompiler compiler;

	@BeforeAll
	static void installCompiler() {
		compiler = TypeScriptCompiler.get();
	}

	@Test
	void everyGoldenDocumentCompilesWithAClientOfAllItsEventsAndExamples() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		List<String> names = TypeScriptGeneratorTests.goldenDocuments().toList();
		assertThat(names).hasSizeGreaterThanOrEqualTo(8);
		for (String name : names) {
			files.put(name + "/api.d.ts", Files.readString(TypeScriptGeneratorTests.GOLDEN.resolve(name + ".d.ts")));
			files.put(name + "/client.ts",
					ExampleClient.of(ClientContract.read(TypeScriptGeneratorTests.GOLDEN.resolve(name + ".yaml"))));
		}
		Path cases = TypeScriptGeneratorTests.CASES;
		files.put("json-schema/api.d.ts", Files.readString(cases.resolve("json-schema.d.ts")));
		files.put("json-schema/client.ts", Files.readString(cases.resolve("json-schema-client.ts")));
		TypeScriptCompiler.Result result = compiler.compile("golden", files);
		assertThat(result.exitCode()).as("tsc --strict:%n%s", result.output()).isZero();
		assertThat(files.get("simple/client.ts")).contains("socket1.emit(\"make_move\", {\"gameId\":\"g-1\",\"x\":1,\"y\":2,\"mark\":\"X\"}",
				"await socket1.emitWithAck(\"make_move\"", "socket1.on(\"invite\", (p1, callback) => callback({\"accepted\":true}));");
	}

	@Test
	void aTypedClientCompilesAndMistakesDoNot() throws IOException {
		Path directory = TypeScriptGeneratorTests.CASES.resolve("simple");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("api.d.ts", Files.readString(TypeScriptGeneratorTests.GOLDEN.resolve("simple.d.ts")));
		Map<String, String> mistakes = new LinkedHashMap<>();
		mistakes.put("wrong-payload.ts", "error TS2322: Type 'string' is not assignable to type 'number'.");
		mistakes.put("missing-property.ts", "Property 'y' is missing in type");
		mistakes.put("unknown-event.ts", "Argument of type '\"make_mvoe\"' is not assignable to parameter of type");
		mistakes.put("wrong-listener.ts", "Type 'MoveMade' is missing the following properties from type 'MoveAck'");
		mistakes.put("wrong-ack.ts", "Type 'MoveAck | ErrorAck' is not assignable to type 'MoveAck'.");
		mistakes.put("wrong-answer.ts", "Type 'string' is not assignable to type 'boolean'.");
		mistakes.put("wrong-enum.ts", "Type '\"Z\"' is not assignable to type '\"X\" | \"O\"'.");
		// socket.timeout(ms): emitWithAck is typed (socket.io-client alone types it any), emit's callback takes the Error first
		mistakes.put("wrong-timeout-ack.ts", "Type 'MoveAck | ErrorAck' is not assignable to type 'number'.");
		mistakes.put("wrong-timeout-payload.ts", "Type 'string' is not assignable to type 'number'.");
		mistakes.put("wrong-timeout-callback.ts", "Property 'moves' does not exist on type 'MoveAck | ErrorAck'.");
		// fire and forget: the callback may be left out, the payload may not
		mistakes.put("wrong-fire-and-forget.ts", "Type '\"Z\"' is not assignable to type '\"X\" | \"O\"'.");
		mistakes.put("missing-payload.ts", "Expected 2 arguments, but got 1.");
		files.put("client.ts", Files.readString(directory.resolve("client.ts")));
		for (String mistake : mistakes.keySet()) {
			files.put(mistake, Files.readString(directory.resolve(mistake)));
		}
		TypeScriptCompiler.Result result = compiler.compile("mistakes", files);
		Map<String, List<String>> errors = result.errorsByFile();
		assertThat(errors.keySet()).as("files with errors:%n%s", result.output())
			.containsExactlyInAnyOrderElementsOf(mistakes.keySet());
		mistakes.forEach((file, expected) -> assertThat(String.join("\n", errors.get(file))).as(file).contains(expected));
		assertThat(errors.get("missing-payload.ts")).as("emitWithAck, timeout().emitWithAck and emit without payload")
			.hasSize(3);
	}

	@Test
	void theAuthDataOfEveryNamespaceCarriesTheBearerToken() throws IOException {
		Path directory = TypeScriptGeneratorTests.CASES.resolve("auth");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("api.d.ts", Files.readString(TypeScriptGeneratorTests.CASES.resolve("json-schema.d.ts")));
		files.put("missing-token.ts", Files.readString(directory.resolve("missing-token.ts")));
		files.put("missing-client.ts", Files.readString(directory.resolve("missing-client.ts")));
		TypeScriptCompiler.Result result = compiler.compile("auth", files);
		Map<String, List<String>> errors = result.errorsByFile();
		assertThat(errors.keySet()).as("files with errors:%n%s", result.output())
			.containsExactlyInAnyOrder("missing-token.ts", "missing-client.ts");
		assertThat(errors.get("missing-token.ts")).hasSize(2)
			.allSatisfy((error) -> assertThat(error).contains("Property 'token' is missing"));
		assertThat(errors.get("missing-client.ts")).singleElement().asString().contains("Property 'client' is missing");
	}

	@Test
	void argumentListsAreTypedAndMistakesDoNotCompile() throws IOException {
		Path directory = TypeScriptGeneratorTests.CASES.resolve("multi-arg");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("api.d.ts", Files.readString(TypeScriptGeneratorTests.GOLDEN.resolve("multi-arg.d.ts")));
		Map<String, String> mistakes = new LinkedHashMap<>();
		mistakes.put("wrong-rest.ts", "Type 'number' is not assignable to type 'string'.");
		mistakes.put("missing-rest.ts", "is not assignable to parameter of type 'string'");
		mistakes.put("wrong-ack-arguments.ts", "Type 'number | undefined' is not assignable to type 'string'.");
		mistakes.put("wrong-answer-arguments.ts", "Argument of type 'string' is not assignable to parameter of type 'boolean'.");
		mistakes.put("wrong-listener-arguments.ts", "Property 'text' is missing in type 'Options' but required in type 'Message'.");
		mistakes.put("wrong-timeout-rest.ts", "Type 'number | ErrorAck' is not assignable to type 'string'.");
		files.put("client.ts", Files.readString(directory.resolve("client.ts")));
		for (String mistake : mistakes.keySet()) {
			files.put(mistake, Files.readString(directory.resolve(mistake)));
		}
		TypeScriptCompiler.Result result = compiler.compile("multi-arg", files);
		Map<String, List<String>> errors = result.errorsByFile();
		assertThat(errors.keySet()).as("files with errors:%n%s", result.output())
			.containsExactlyInAnyOrderElementsOf(mistakes.keySet());
		mistakes.forEach((file, expected) -> assertThat(String.join("\n", errors.get(file))).as(file).contains(expected));
	}

}
