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

package io.github.sioasyncapi.demo.tictactoe;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.testsupport.TypeScriptCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a frontend developer does: download the declarations from the running demo
 * ({@code curl http://localhost:8080/asyncapi.d.ts > api.d.ts}), type the socket with them,
 * compile with {@code tsc --strict}, and play a game against the demo with the compiled
 * client and the official socket.io-client; mistakes do not compile.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "socketio.server.host=127.0.0.1", "socketio.server.port=0" })
class TypedClientTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static TypeScriptCompiler compiler;

	@Value("${local.server.port}")
	int webPort;

	@Value("${local.socketio.server.port}")
	int socketIoPort;

	String declarations;

	@BeforeAll
	static void installCompiler() {
		compiler = TypeScriptCompiler.get();
	}

	@BeforeEach
	void downloadDeclarations() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + "/asyncapi.d.ts"))
					.timeout(Duration.ofSeconds(10))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/typescript;charset=UTF-8");
		this.declarations = response.body();
	}

	@Test
	void theServedDeclarationsAreTheCommittedOnes() throws IOException {
		assertThat(this.declarations).isEqualTo(Files.readString(Path.of("asyncapi.d.ts")));
	}

	@Test
	void aTypedClientCompilesAndPlaysAGame() throws IOException {
		TypeScriptCompiler.Result compiled = compiler.emit("tictactoe-client",
				Map.of("api.d.ts", this.declarations, "play.ts", resource("play.ts")));
		assertThat(compiled.exitCode()).as("tsc --strict:%n%s", compiled.output()).isZero();
		TypeScriptCompiler.Result played = compiler.node(compiled.directory().resolve("play.js"),
				List.of("http://127.0.0.1:" + this.socketIoPort), Duration.ofSeconds(60));
		assertThat(played.exitCode()).as(played.output()).isZero();
		assertThat(played.output()).contains("X won on the top row, typed end to end");
	}

	@Test
	void mistakesDoNotCompile() throws IOException {
		Map<String, String> mistakes = Map.of("unknown-event.ts", "Argument of type '\"start_game\"' is not assignable",
				"missing-coordinate.ts", "Property 'y' is missing in type '{ game_id: number; x: number; }'",
				"wrong-listener.ts", "Type 'GameWon' is missing the following properties from type 'Required<MoveMade>'");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("api.d.ts", this.declarations);
		for (String mistake : mistakes.keySet()) {
			files.put(mistake, resource(mistake));
		}
		TypeScriptCompiler.Result result = compiler.compile("tictactoe-mistakes", files);
		Map<String, List<String>> errors = result.errorsByFile();
		assertThat(errors.keySet()).as(result.output()).containsExactlyInAnyOrderElementsOf(mistakes.keySet());
		mistakes.forEach((file, expected) -> assertThat(String.join("\n", errors.get(file))).as(file).contains(expected));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = TypedClientTests.class.getClassLoader().getResourceAsStream("typescript/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
