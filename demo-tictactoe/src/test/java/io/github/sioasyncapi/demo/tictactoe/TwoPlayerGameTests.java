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

import io.github.sioasyncapi.demo.tictactoe.api.GameAck;
import io.github.sioasyncapi.demo.tictactoe.api.GameCreated;
import io.github.sioasyncapi.demo.tictactoe.api.GameWon;
import io.github.sioasyncapi.demo.tictactoe.api.JoinGame;
import io.github.sioasyncapi.demo.tictactoe.api.MakeMove;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.github.sioasyncapi.test.SocketIoTester;
import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole game between two real Socket.IO clients; every ack and event they receive is checked
 * against the demo's AsyncAPI document.
 */
@SpringBootTest
@AutoConfigureSocketIoTester
class TwoPlayerGameTests {

	@Autowired
	SocketIoTester tester;

	@Test
	void xWinsOnTheDiagonal() {
		SocketIoTester.Client x = this.tester.connect();
		SocketIoTester.Client o = this.tester.connect();
		x.emit("create_game");
		long game = x.expectEvent("game_created").as(GameCreated.class).gameId();
		assertThat(o.emitWithAck("join_game", new JoinGame(game)).as(GameAck.class)).isEqualTo(GameAck.OK);
		play(x, game, 0, 0);
		play(o, game, 1, 0);
		play(x, game, 1, 1);
		play(o, game, 2, 0);
		play(x, game, 2, 2);
		assertThat(o.expectEvents("move_made", 5)).hasSize(5);
		assertThat(o.expectEvent("game_won").as(GameWon.class)).isEqualTo(new GameWon(Mark.X));
		o.emitWithAck("make_move", new MakeMove(game, 0, 2)).isError().hasCode("game_over");
	}

	private static void play(SocketIoTester.Client player, long game, int x, int y) {
		assertThat(player.emitWithAck("make_move", new MakeMove(game, x, y)).as(GameAck.class)).isEqualTo(GameAck.OK);
	}

}
