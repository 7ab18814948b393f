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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.sioasyncapi.demo.tictactoe.api.GameAck;
import io.github.sioasyncapi.demo.tictactoe.api.GameCreated;
import io.github.sioasyncapi.demo.tictactoe.api.GameWon;
import io.github.sioasyncapi.demo.tictactoe.api.JoinGame;
import io.github.sioasyncapi.demo.tictactoe.api.MakeMove;
import io.github.sioasyncapi.demo.tictactoe.api.PlayerJoined;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.github.sioasyncapi.test.SocketIoTester;
import io.github.sioasyncapi.test.SocketIoTester.Client;
import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static io.github.sioasyncapi.test.SocketIoTester.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete games between two real Socket.IO clients, and every error ack; every ack and event
 * is checked against the demo's AsyncAPI document.
 */
@SpringBootTest
@AutoConfigureSocketIoTester
class TicTacToeGameTests {

	@Autowired
	SocketIoTester tester;

	Client x;

	Client o;

	/** The clients in the game being played, who all receive its events. */
	List<Client> players = new ArrayList<>();

	@BeforeEach
	void connect() {
		this.x = this.tester.connect();
		this.o = this.tester.connect();
	}

	static Stream<Arguments> lines() {
		// (x, y) as in the Python original's board[x][y]: x is the row, y the column
		return Stream.of(Arguments.of("top row", cells(0, 0, 0, 1, 0, 2)), Arguments.of("middle row", cells(1, 0, 1, 1, 1, 2)),
				Arguments.of("bottom row", cells(2, 0, 2, 1, 2, 2)), Arguments.of("left column", cells(0, 0, 1, 0, 2, 0)),
				Arguments.of("middle column", cells(0, 1, 1, 1, 2, 1)), Arguments.of("right column", cells(0, 2, 1, 2, 2, 2)),
				Arguments.of("diagonal", cells(0, 0, 1, 1, 2, 2)), Arguments.of("anti-diagonal", cells(0, 2, 1, 1, 2, 0)));
	}

	@ParameterizedTest(name = "X wins on the {0}")
	@MethodSource("lines")
	void xWinsOnEveryLine(String name, int[][] line) {
		long game = startTwoPlayerGame();
		int[][] others = cellsNotIn(line);
		move(this.x, game, line[0], "O");
		move(this.o, game, others[0], "X");
		move(this.x, game, line[1], "O");
		move(this.o, game, others[1], "X");
		JsonNode last = move(this.x, game, line[2], null);
		assertThat(last.get("board").get(line[2][0]).get(line[2][1]).stringValue()).isEqualTo("X");
		for (Client player : List.of(this.x, this.o)) {
			assertThat(player.expectEvent("game_won").as(GameWon.class)).isEqualTo(new GameWon(Mark.X));
		}
		makeMove(this.o, game, others[2][0], others[2][1]).isError().hasCode("game_over");
	}

	@Test
	void theBoardIsAddressedAsInThePythonOriginal() {
		long game = startTwoPlayerGame();
		JsonNode made = move(this.x, game, new int[] { 0, 2 }, "O");
		assertThat(made.get("board")).as("board[x][y] with x = 0 and y = 2: the top row's last cell")
			.isEqualTo(json("[[\"\", \"\", \"X\"], [\"\", \"\", \"\"], [\"\", \"\", \"\"]]"));
	}

	@Test
	void oCanWinToo() {
		long game = startTwoPlayerGame();
		move(this.x, game, new int[] { 0, 0 }, "O");
		move(this.o, game, new int[] { 2, 0 }, "X");
		move(this.x, game, new int[] { 1, 0 }, "O");
		move(this.o, game, new int[] { 2, 1 }, "X");
		move(this.x, game, new int[] { 0, 2 }, "O");
		move(this.o, game, new int[] { 2, 2 }, null);
		assertThat(this.x.expectEvent("game_won").as(GameWon.class)).isEqualTo(new GameWon(Mark.O));
	}

	@Test
	void aFullBoardWithoutLineIsADraw() {
		long game = startTwoPlayerGame();
		int[][] moves = cells(0, 0, 1, 0, 2, 0, 1, 1, 0, 1, 2, 1, 1, 2, 0, 2, 2, 2);
		for (int i = 0; i < moves.length; i++) {
			Client player = (i % 2 == 0) ? this.x : this.o;
			String next = (i == moves.length - 1) ? null : ((i % 2 == 0) ? "O" : "X");
			move(player, game, moves[i], next);
		}
		for (Client player : List.of(this.x, this.o)) {
			assertThat(player.expectEvent("game_drawn").arguments()).isEqualTo(json("[{}]"));
		}
	}

	@Test
	void playersMayOnlyMoveOnTheirTurn() {
		long game = startTwoPlayerGame();
		makeMove(this.o, game, 0, 0).isError().hasCode("not_your_turn");
		move(this.x, game, new int[] { 0, 0 }, "O");
		makeMove(this.x, game, 1, 1).isError().hasCode("not_your_turn");
	}

	@Test
	void occupiedCellsAreRefused() {
		long game = startTwoPlayerGame();
		move(this.x, game, new int[] { 1, 1 }, "O");
		assertThat(makeMove(this.o, game, 1, 1).as(GameAck.class))
			.isEqualTo(GameAck.error("cell_occupied", "Cell (1, 1) is already taken"));
	}

	@Test
	void unknownGamesAreRefused() {
		assertThat(makeMove(this.x, 123, 0, 0).as(GameAck.class))
			.isEqualTo(GameAck.error("game_not_found", "Game 123 does not exist"));
		this.x.emitWithAck("join_game", new JoinGame(123)).isError().hasCode("game_not_found");
	}

	@Test
	void invalidMovesAreRejectedBeforeTheGameSeesThem() {
		long game = startTwoPlayerGame();
		SocketIoTester.Ack ack = this.x.emitWithAck("make_move", new MakeMove(game, 3, 0));
		assertThat(ack.arguments()).isEqualTo(json("""
				[{"error": {"code": "invalid_payload", "message": "make_move: payload is invalid",
				 "violations": [{"path": "x", "message": "must be less than or equal to 2", "rejectedValue": 3}]}}]"""));
		this.x.emitWithAck("make_move", json("{\"game_id\": 0, \"x\": 1, \"y\": 1.5}"))
			.isError()
			.hasCode("invalid_payload")
			.hasViolationPaths("y");
		move(this.x, game, new int[] { 1, 1 }, "O");
	}

	@Test
	void aThirdPlayerCannotJoinAndOutsidersCannotMove() {
		long game = startTwoPlayerGame();
		Client eve = this.tester.connect();
		eve.emitWithAck("join_game", new JoinGame(game)).isError().hasCode("game_full");
		makeMove(eve, game, 0, 0).isError().hasCode("not_a_player");
	}

	@Test
	void theCreatorPlaysBothMarksUntilASecondPlayerJoins() {
		long game = createGame(this.x);
		move(this.x, game, new int[] { 0, 0 }, "O");
		move(this.x, game, new int[] { 1, 1 }, "X");
		assertThat(this.o.receivedEvents()).isEmpty();
	}

	private long startTwoPlayerGame() {
		long game = createGame(this.x);
		assertThat(this.o.emitWithAck("join_game", new JoinGame(game)).as(GameAck.class)).isEqualTo(GameAck.OK);
		for (Client player : List.of(this.x, this.o)) {
			assertThat(player.expectEvent("player_joined").as(PlayerJoined.class))
				.isEqualTo(new PlayerJoined(game, Mark.O));
		}
		this.players.add(this.o);
		return game;
	}

	private long createGame(Client player) {
		player.emit("create_game");
		long game = player.expectEvent("game_created").as(GameCreated.class).gameId();
		assertThat(game).isPositive();
		this.players.add(player);
		return game;
	}

	/**
	 * Play a move that must succeed, check both players see it, and return the move_made
	 * payload.
	 */
	private JsonNode move(Client player, long game, int[] cell, @Nullable String next) {
		assertThat(makeMove(player, game, cell[0], cell[1]).as(GameAck.class)).isEqualTo(GameAck.OK);
		JsonNode made = null;
		for (Client each : this.players) {
			made = each.expectEvent("move_made").arguments().get(0);
			assertThat(made.get("turn").isNull() ? null : made.get("turn").stringValue()).isEqualTo(next);
		}
		return made;
	}

	private static SocketIoTester.Ack makeMove(Client player, long game, int x, int y) {
		return player.emitWithAck("make_move", new MakeMove(game, x, y));
	}

	private static int[][] cells(int... coordinates) {
		int[][] cells = new int[coordinates.length / 2][];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = new int[] { coordinates[2 * i], coordinates[2 * i + 1] };
		}
		return cells;
	}

	private static int[][] cellsNotIn(int[][] line) {
		List<int[]> others = new ArrayList<>();
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 3; x++) {
				boolean inLine = false;
				for (int[] cell : line) {
					inLine |= cell[0] == x && cell[1] == y;
				}
				if (!inLine) {
					others.add(new int[] { x, y });
				}
			}
		}
		return others.toArray(int[][]::new);
	}

}
