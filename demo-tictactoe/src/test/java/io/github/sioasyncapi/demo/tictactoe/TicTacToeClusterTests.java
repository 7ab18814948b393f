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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.sioasyncapi.actuate.SocketIoEndpoint;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.demo.tictactoe.api.GameAck;
import io.github.sioasyncapi.demo.tictactoe.api.GameCreated;
import io.github.sioasyncapi.demo.tictactoe.api.GameWon;
import io.github.sioasyncapi.demo.tictactoe.api.JoinGame;
import io.github.sioasyncapi.demo.tictactoe.api.MakeMove;
import io.github.sioasyncapi.demo.tictactoe.api.PlayerJoined;
import io.github.sioasyncapi.demo.tictactoe.game.GameStore;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.github.sioasyncapi.demo.tictactoe.game.RedisGameStore;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.store.RedissonSocketIoStoreFactory;
import io.github.sioasyncapi.test.SocketIoTester;
import io.github.sioasyncapi.test.SocketIoTester.Client;
import io.github.sioasyncapi.testsupport.RedisServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.api.RedissonClient;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static io.github.sioasyncapi.test.SocketIoTester.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code cluster} profile: two nodes of the demo against one real Redis, X connected to
 * node A and O to node B.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TicTacToeClusterTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	Client x;

	Client o;

	@BeforeAll
	static void startNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@BeforeEach
	void connect() {
		this.x = tester(nodeA).connect();
		this.o = tester(nodeB).connect();
	}

	@AfterEach
	void close() {
		this.x.close();
		this.o.close();
	}

	@Test
	void xOnNodeAAndOOnNodeBPlayAWholeGame() {
		long game = startGame();
		makeMove(this.o, game, 1, 1).isError().hasCode("not_your_turn");
		// board[x][y]: x is the row
		move(this.x, game, 0, 0, "O");
		move(this.o, game, 1, 1, "X");
		move(this.x, game, 0, 1, "O");
		makeMove(this.o, game, 0, 1).isError().hasCode("cell_occupied");
		move(this.o, game, 2, 2, "X");
		JsonNode last = move(this.x, game, 0, 2, null);
		assertThat(last.get("board")).isEqualTo(json("[[\"X\", \"X\", \"X\"], [\"\", \"O\", \"\"], [\"\", \"\", \"O\"]]"));
		for (Client player : List.of(this.x, this.o)) {
			assertThat(player.expectEvent("game_won").as(GameWon.class)).isEqualTo(new GameWon(Mark.X));
		}
		makeMove(this.o, game, 2, 0).isError().hasCode("game_over");
	}

	@Test
	void aGameEndsWhenBothPlayersHaveLeftTheirNodes() {
		long game = startGame();
		this.x.close();
		this.o.close();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "0".equals(redis.command("EXISTS", "tictactoe:game:" + game)));
		try (Client late = tester(nodeB).connect()) {
			late.emitWithAck("join_game", new JoinGame(game)).isError().hasCode("game_not_found");
		}
	}

	@Test
	void bothNodesShareTheGamesAndTheStoreThroughOneRedisClientEach() {
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			assertThat(node.getBean(GameStore.class)).isInstanceOf(RedisGameStore.class);
			RedissonSocketIoStoreFactory store = node.getBean(RedissonSocketIoStoreFactory.class);
			assertThat(store.getRedisson()).isSameAs(node.getBean(RedissonClient.class));
			assertThat(store.ownsClient()).isFalse();
			assertThat(node.getBean(SocketIoEndpoint.class).socketIo().server().store()).isEqualTo("redis");
		}
	}

	@Test
	void theDocumentIsTheCommittedOneWithEachNodesOwnServer() throws IOException {
		JsonNode committed = YAMLMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("asyncapi.yaml"), StandardCharsets.UTF_8));
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			ObjectNode live = (ObjectNode) JsonMapper.builder()
				.build()
				.readTree(node.getBean(AsyncApiDocumentProvider.class).getJson());
			ObjectNode server = (ObjectNode) live.at("/servers/TIC_TAC_TOE_BACKEND");
			assertThat(server.path("host").asString()).isEqualTo("127.0.0.1:"
					+ node.getEnvironment().getRequiredProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY));
			server.put("host", "localhost:9092");
			assertThat(live).isEqualTo(committed);
		}
	}

	private long startGame() {
		this.x.emit("create_game");
		long game = this.x.expectEvent("game_created").as(GameCreated.class).gameId();
		assertThat(this.o.emitWithAck("join_game", new JoinGame(game)).as(GameAck.class)).isEqualTo(GameAck.OK);
		for (Client player : List.of(this.x, this.o)) {
			assertThat(player.expectEvent("player_joined").as(PlayerJoined.class))
				.isEqualTo(new PlayerJoined(game, Mark.O));
		}
		return game;
	}

	/**
	 * Play a move that must succeed; both players, on their two nodes, see it.
	 */
	private JsonNode move(Client player, long game, int x, int y, @Nullable String next) {
		assertThat(makeMove(player, game, x, y).as(GameAck.class)).isEqualTo(GameAck.OK);
		JsonNode made = null;
		for (Client each : List.of(this.x, this.o)) {
			made = each.expectEvent("move_made").arguments().get(0);
			assertThat(made.get("turn").isNull() ? null : made.get("turn").stringValue()).isEqualTo(next);
		}
		return made;
	}

	private static SocketIoTester.Ack makeMove(Client player, long game, int x, int y) {
		return player.emitWithAck("make_move", new MakeMove(game, x, y));
	}

	/**
	 * A tester of one node: events relayed through Redis are checked against the document too.
	 */
	private static SocketIoTester tester(ConfigurableApplicationContext node) {
		return SocketIoTester.bindToApplicationContext(node).build();
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(TicTacToeApplication.class).profiles("cluster")
			.web(WebApplicationType.NONE)
			.run("--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
					"--tictactoe.redis.address=" + redis.getAddress(), "--spring.main.banner-mode=off");
	}

}
