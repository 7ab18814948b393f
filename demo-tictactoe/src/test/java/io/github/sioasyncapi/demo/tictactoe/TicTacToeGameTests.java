package io.github.sioasyncapi.demo.tictactoe;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete games between two real Socket.IO clients, and every error ack.
 */
@SpringBootTest(properties = "socketio.server.port=0")
class TicTacToeGameTests {

	@Value("${local.socketio.server.port}")
	int port;

	SocketIoTestClient x;

	SocketIoTestClient o;

	/** The clients in the game being played, who all receive its events. */
	List<SocketIoTestClient> players = new ArrayList<>();

	@BeforeEach
	void connect() {
		this.x = SocketIoTestClient.connect(this.port);
		this.o = SocketIoTestClient.connect(this.port);
	}

	@AfterEach
	void close() {
		this.x.close();
		this.o.close();
	}

	static Stream<Arguments> lines() {
		return Stream.of(Arguments.of("top row", cells(0, 0, 1, 0, 2, 0)), Arguments.of("middle row", cells(0, 1, 1, 1, 2, 1)),
				Arguments.of("bottom row", cells(0, 2, 1, 2, 2, 2)), Arguments.of("left column", cells(0, 0, 0, 1, 0, 2)),
				Arguments.of("middle column", cells(1, 0, 1, 1, 1, 2)), Arguments.of("right column", cells(2, 0, 2, 1, 2, 2)),
				Arguments.of("diagonal", cells(0, 0, 1, 1, 2, 2)), Arguments.of("anti-diagonal", cells(2, 0, 1, 1, 0, 2)));
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
		assertThat(last.get("board").get(line[2][1]).get(line[2][0]).stringValue()).isEqualTo("X");
		for (SocketIoTestClient player : List.of(this.x, this.o)) {
			assertThat(player.awaitEvent("game_won")).isEqualTo(json("[{\"winner\": \"X\"}]"));
		}
		assertThat(error(makeMove(this.o, game, others[2][0], others[2][1]))).isEqualTo("game_over");
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
		assertThat(this.x.awaitEvent("game_won")).isEqualTo(json("[{\"winner\": \"O\"}]"));
	}

	@Test
	void aFullBoardWithoutLineIsADraw() {
		long game = startTwoPlayerGame();
		int[][] moves = cells(0, 0, 1, 0, 2, 0, 1, 1, 0, 1, 2, 1, 1, 2, 0, 2, 2, 2);
		for (int i = 0; i < moves.length; i++) {
			SocketIoTestClient player = (i % 2 == 0) ? this.x : this.o;
			String next = (i == moves.length - 1) ? null : ((i % 2 == 0) ? "O" : "X");
			move(player, game, moves[i], next);
		}
		for (SocketIoTestClient player : List.of(this.x, this.o)) {
			assertThat(player.awaitEvent("game_drawn")).isEqualTo(json("[{}]"));
		}
	}

	@Test
	void playersMayOnlyMoveOnTheirTurn() {
		long game = startTwoPlayerGame();
		assertThat(error(makeMove(this.o, game, 0, 0))).isEqualTo("not_your_turn");
		move(this.x, game, new int[] { 0, 0 }, "O");
		assertThat(error(makeMove(this.x, game, 1, 1))).isEqualTo("not_your_turn");
	}

	@Test
	void occupiedCellsAreRefused() {
		long game = startTwoPlayerGame();
		move(this.x, game, new int[] { 1, 1 }, "O");
		JsonNode ack = makeMove(this.o, game, 1, 1);
		assertThat(ack).isEqualTo(json("""
				{"error": {"code": "cell_occupied", "message": "Cell (1, 1) is already taken"}}"""));
	}

	@Test
	void unknownGamesAreRefused() {
		assertThat(makeMove(this.x, 123, 0, 0)).isEqualTo(json("""
				{"error": {"code": "game_not_found", "message": "Game 123 does not exist"}}"""));
		assertThat(error(ack(this.x, "join_game", "{\"game_id\": 123}"))).isEqualTo("game_not_found");
	}

	@Test
	void invalidMovesAreRejectedBeforeTheGameSeesThem() {
		long game = startTwoPlayerGame();
		JsonNode ack = ack(this.x, "make_move", "{\"game_id\": " + game + ", \"x\": 3, \"y\": 0}");
		assertThat(ack).isEqualTo(json("""
				{"error": {"code": "invalid_payload", "message": "make_move: payload is invalid",
				 "violations": [{"path": "x", "message": "must be less than or equal to 2", "rejectedValue": 3}]}}"""));
		assertThat(error(ack(this.x, "make_move", "{\"game_id\": 0, \"x\": 1, \"y\": 1.5}"))).isEqualTo("invalid_payload");
		move(this.x, game, new int[] { 1, 1 }, "O");
	}

	@Test
	void aThirdPlayerCannotJoinAndOutsidersCannotMove() {
		long game = startTwoPlayerGame();
		try (SocketIoTestClient eve = SocketIoTestClient.connect(this.port)) {
			assertThat(error(ack(eve, "join_game", "{\"game_id\": " + game + "}"))).isEqualTo("game_full");
			assertThat(error(makeMove(eve, game, 0, 0))).isEqualTo("not_a_player");
		}
	}

	@Test
	void theCreatorPlaysBothMarksUntilASecondPlayerJoins() {
		long game = createGame(this.x);
		move(this.x, game, new int[] { 0, 0 }, "O");
		move(this.x, game, new int[] { 1, 1 }, "X");
		assertThat(this.o.drainEvents()).isEmpty();
	}

	private long startTwoPlayerGame() {
		long game = createGame(this.x);
		assertThat(ack(this.o, "join_game", "{\"game_id\": " + game + "}")).isEqualTo(json("{}"));
		for (SocketIoTestClient player : List.of(this.x, this.o)) {
			assertThat(player.awaitEvent("player_joined"))
				.isEqualTo(json("[{\"game_id\": " + game + ", \"player\": \"O\"}]"));
		}
		this.players.add(this.o);
		return game;
	}

	private long createGame(SocketIoTestClient player) {
		player.emit("create_game");
		long game = player.awaitEvent("game_created").get(0).get("game_id").longValue();
		assertThat(game).isPositive();
		this.players.add(player);
		return game;
	}

	/**
	 * Play a move that must succeed, check both players see it, and return the move_made
	 * payload.
	 */
	private JsonNode move(SocketIoTestClient player, long game, int[] cell, String next) {
		assertThat(makeMove(player, game, cell[0], cell[1])).isEqualTo(json("{}"));
		JsonNode made = null;
		for (SocketIoTestClient each : this.players) {
			made = each.awaitEvent("move_made").get(0);
			assertThat(made.get("turn").isNull() ? null : made.get("turn").stringValue()).isEqualTo(next);
		}
		return made;
	}

	private JsonNode makeMove(SocketIoTestClient player, long game, int x, int y) {
		return ack(player, "make_move", "{\"game_id\": " + game + ", \"x\": " + x + ", \"y\": " + y + "}");
	}

	private static JsonNode ack(SocketIoTestClient player, String event, String payload) {
		return player.emitWithAck(event, payload).get(0);
	}

	private static String error(JsonNode ack) {
		return ack.get("error").get("code").stringValue();
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
