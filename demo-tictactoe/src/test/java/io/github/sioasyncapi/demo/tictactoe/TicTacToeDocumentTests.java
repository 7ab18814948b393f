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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiExporter;
import io.github.sioasyncapi.asyncapi.compatibility.AsyncApiCompatibility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's AsyncAPI document is committed as {@code demo-tictactoe/asyncapi.yaml}, with its
 * TypeScript declarations as {@code asyncapi.d.ts}, so that changes to the API show up in
 * review, and the live document must not break clients written against the committed one.
 * Refresh both files with
 * {@code ./mvnw -pl demo-tictactoe -am test -Dtest=TicTacToeDocumentTests -Dasyncapi.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false}:
 * a breaking change then shows up as the diff of a reviewed file, and {@code .ci/run}
 * compares the committed document with the application again.
 */
class TicTacToeDocumentTests {

	private static final Path COMMITTED = Path.of("asyncapi.yaml");

	private static final Path DECLARATIONS = Path.of("asyncapi.d.ts");

	private static AsyncApiDocumentProvider live;

	@BeforeAll
	static void generate() {
		live = AsyncApiExporter.generate(TicTacToeApplication.class);
	}

	@Test
	void liveDocumentDoesNotBreakClientsOfTheCommittedOne() {
		Assumptions.assumeFalse(Boolean.getBoolean("asyncapi.golden.update"),
				"refreshing the committed files accepts the changes, breaking ones too");
		AsyncApiCompatibility.assertCompatible(COMMITTED, live.getDocument());
	}

	@Test
	void documentMatchesTheCommittedSpec() throws IOException {
		String yaml = live.getYaml();
		if (Boolean.getBoolean("asyncapi.golden.update")) {
			Files.writeString(COMMITTED, yaml, StandardCharsets.UTF_8);
		}
		assertThat(yaml).as("the document differs from %s; refresh it if the change is intended",
				COMMITTED.toAbsolutePath())
			.isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		assertThat(yaml).contains("title: Tic-Tac-Toe API", "TIC_TAC_TOE_BACKEND:", "name: create_game",
				"name: make_move", "name: join_game", "name: game_created", "name: move_made", "name: game_won",
				"name: game_drawn", "name: player_joined", "game_id:", "The x coordinate",
				"maximum: 2");
	}

	@Test
	void declarationsMatchTheCommittedOnes() throws IOException {
		String declarations = live.getTypeScript();
		if (Boolean.getBoolean("asyncapi.golden.update")) {
			Files.writeString(DECLARATIONS, declarations, StandardCharsets.UTF_8);
		}
		assertThat(declarations).as("the declarations differ from %s; refresh them if the change is intended",
				DECLARATIONS.toAbsolutePath())
			.isEqualTo(Files.readString(DECLARATIONS, StandardCharsets.UTF_8));
	}

}
