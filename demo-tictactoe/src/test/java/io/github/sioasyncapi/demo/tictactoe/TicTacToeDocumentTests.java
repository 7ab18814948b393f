package io.github.sioasyncapi.demo.tictactoe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.AsyncApiExporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's AsyncAPI document is committed as {@code demo-tictactoe/asyncapi.yaml}, so that
 * changes to the API show up in review. Refresh it with
 * {@code ./mvnw -pl demo-tictactoe -am test -Dtest=TicTacToeDocumentTests -Dasyncapi.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TicTacToeDocumentTests {

	private static final Path COMMITTED = Path.of("asyncapi.yaml");

	@Test
	void documentMatchesTheCommittedSpec() throws IOException {
		String yaml = AsyncApiExporter.generate(TicTacToeApplication.class).getYaml();
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

}
