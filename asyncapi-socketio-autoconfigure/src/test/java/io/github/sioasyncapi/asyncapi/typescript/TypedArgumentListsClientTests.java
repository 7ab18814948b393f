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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.sioasyncapi.annotation.AckArguments;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.testsupport.TypeScriptCompiler;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The argument lists a Java client can hardly show, with the official JavaScript
 * socket.io-client: a client typed with the declarations of the running application
 * ({@code tsc --strict}) sends the remaining arguments of events, answers an event of two
 * arguments with two, and reads an acknowledgement of three.
 */
@SpringBootTest(classes = TypedArgumentListsClientTests.ArgumentsApp.class,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1" })
class TypedArgumentListsClientTests {

	private static TypeScriptCompiler compiler;

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	AsyncApiDocumentProvider document;

	@BeforeAll
	static void installCompiler() {
		compiler = TypeScriptCompiler.get();
	}

	@Test
	void aTypedClientSendsAndReadsArgumentListsWithTheOfficialClient() throws IOException {
		String client = Files.readString(TypeScriptGeneratorTests.CASES.resolve("arguments/client.ts"));
		TypeScriptCompiler.Result compiled = compiler.emit("arguments-client",
				Map.of("api.d.ts", this.document.getTypeScript(), "client.ts", client));
		assertThat(compiled.exitCode()).as("tsc --strict:%n%s", compiled.output()).isZero();
		TypeScriptCompiler.Result run = compiler.node(compiled.directory().resolve("client.js"),
				List.of("http://127.0.0.1:" + this.port), Duration.ofSeconds(60));
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("argument lists typed end to end");
	}

	record Cell(@Min(0) @Max(7) int x, @Min(0) @Max(7) int y) {
	}

	@AckArguments
	record Seen(boolean seen, @Nullable String by) {
	}

	@AckArguments
	record Where(int x, int y, @Nullable String by) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ArgumentsController.class)
	static class ArgumentsApp {

	}

	@SocketIoController
	@Emits(event = "moved", payload = { Cell.class, Cell.class }, ack = Seen.class)
	static class ArgumentsController {

		@OnEvent("tag")
		String tag(String room, String... tags) {
			return room + ":" + String.join(",", Arrays.asList(tags));
		}

		@OnEvent("label")
		int label(@RemainingArguments List<@NotBlank String> labels) {
			return labels.size();
		}

		@OnEvent("where")
		CompletableFuture<Where> where(SocketIoEmitter emitter) {
			return emitter.<Seen>emitWithAck("moved", new Cell(0, 0), new Cell(1, 2))
				.thenApply((seen) -> new Where(1, 2, seen.seen() ? seen.by() : null));
		}

	}

}
