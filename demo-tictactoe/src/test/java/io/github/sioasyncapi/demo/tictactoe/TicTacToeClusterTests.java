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
import io.github.sioasyncapi.demo.tictactoe.game.GameStore;
import io.github.sioasyncapi.demo.tictactoe.game.RedisGameStore;
import io.github.sioasyncapi.store.RedissonSocketIoStoreFactory;
import io.github.sioasyncapi.testsupport.RedisServer;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
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

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static io.github.sioasyncapi.testsupport.SocketIoTestClient.port;
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

	SocketIoTestClient x;

	SocketIoTestClient o;

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
		this.x = SocketIoTestClient.connect(port(nodeA));
		this.o = SocketIoTestClient.connect(port(nodeB));
	}

	@AfterEach
	void close() {
		this.x.close();
		this.o.close();
	}

	@Test
	void xOnNodeAAndOOnNodeBPlayAWholeGame() {
		long game = startGame();
		assertThat(error(makeMove(this.o, game, 1, 1))).isEqualTo("not_your_turn");
		move(this.x, game, 0, 0, "O");
		move(this.o, game, 1, 1, "X");
		move(this.x, game, 1, 0, "O");
		assertThat(error(makeMove(this.o, game, 1, 0))).isEqualTo("cell_occupied");
		move(this.o, game, 2, 2, "X");
		JsonNode last = move(this.x, game, 2, 0, null);
		assertThat(last.get("board")).isEqualTo(json("[[\"X\", \"X\", \"X\"], [\"\", \"O\", \"\"], [\"\", \"\", \"O\"]]"));
		for (SocketIoTestClient player : List.of(this.x, this.o)) {
			assertThat(player.awaitEvent("game_won")).isEqualTo(json("[{\"winner\": \"X\"}]"));
		}
		assertThat(error(makeMove(this.o, game, 0, 2))).isEqualTo("game_over");
	}

	@Test
	void aGameEndsWhenBothPlayersHaveLeftTheirNodes() {
		long game = startGame();
		this.x.close();
		this.o.close();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "0".equals(redis.command("EXISTS", "tictactoe:game:" + game)));
		try (SocketIoTestClient late = SocketIoTestClient.connect(port(nodeB))) {
			assertThat(error(late.emitWithAck("join_game", "{\"game_id\": " + game + "}").get(0)))
				.isEqualTo("game_not_found");
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
	void theDocumentIsTheSameOnBothNodesAndTheCommittedOne() throws IOException {
		String committed = Files.readString(Path.of("asyncapi.yaml"), StandardCharsets.UTF_8);
		assertThat(nodeA.getBean(AsyncApiDocumentProvider.class).getYaml()).isEqualTo(committed);
		assertThat(nodeB.getBean(AsyncApiDocumentProvider.class).getYaml()).isEqualTo(committed);
	}

	private long startGame() {
		this.x.emit("create_game");
		long game = this.x.awaitEvent("game_created").get(0).get("game_id").longValue();
		assertThat(this.o.emitWithAck("join_game", "{\"game_id\": " + game + "}")).isEqualTo(json("[{}]"));
		for (SocketIoTestClient player : List.of(this.x, this.o)) {
			assertThat(player.awaitEvent("player_joined"))
				.isEqualTo(json("[{\"game_id\": " + game + ", \"player\": \"O\"}]"));
		}
		return game;
	}

	/**
	 * Play a move that must succeed; both players, on their two nodes, see it.
	 */
	private JsonNode move(SocketIoTestClient player, long game, int x, int y, String next) {
		assertThat(makeMove(player, game, x, y)).isEqualTo(json("{}"));
		JsonNode made = null;
		for (SocketIoTestClient each : List.of(this.x, this.o)) {
			made = each.awaitEvent("move_made").get(0);
			assertThat(made.get("turn").isNull() ? null : made.get("turn").stringValue()).isEqualTo(next);
		}
		return made;
	}

	private static JsonNode makeMove(SocketIoTestClient player, long game, int x, int y) {
		return player.emitWithAck("make_move", "{\"game_id\": " + game + ", \"x\": " + x + ", \"y\": " + y + "}")
			.get(0);
	}

	private static String error(JsonNode ack) {
		return ack.get("error").get("code").stringValue();
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(TicTacToeApplication.class).profiles("cluster")
			.web(WebApplicationType.NONE)
			.run("--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
					"--tictactoe.redis.address=" + redis.getAddress(), "--spring.main.banner-mode=off");
	}

}
