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

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.demo.tictactoe.api.GameAck;
import io.github.sioasyncapi.demo.tictactoe.api.GameCreated;
import io.github.sioasyncapi.demo.tictactoe.api.GameDrawn;
import io.github.sioasyncapi.demo.tictactoe.api.GameWon;
import io.github.sioasyncapi.demo.tictactoe.api.JoinGame;
import io.github.sioasyncapi.demo.tictactoe.api.MakeMove;
import io.github.sioasyncapi.demo.tictactoe.api.MoveMade;
import io.github.sioasyncapi.demo.tictactoe.api.PlayerJoined;
import io.github.sioasyncapi.demo.tictactoe.game.Game;
import io.github.sioasyncapi.demo.tictactoe.game.GameException;
import io.github.sioasyncapi.demo.tictactoe.game.GameStore;
import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.github.sioasyncapi.emit.BroadcastEmitter;
import io.github.sioasyncapi.emit.SocketIoEmitter;

/**
 * The tic-tac-toe API. Each game has a room; both players are in it and receive every move.
 */
@SocketIoController
@Emits(event = "player_joined", payload = PlayerJoined.class, summary = "A second player joined the game")
@Emits(event = "move_made", payload = MoveMade.class, summary = "A move was played",
		description = "Sent to both players after every move, with the board and whose turn is next.")
@Emits(event = "game_won", payload = GameWon.class, summary = "The game was won")
@Emits(event = "game_drawn", payload = GameDrawn.class, summary = "The game ended in a draw")
class TicTacToeController {

	private final GameStore games;

	TicTacToeController(GameStore games) {
		this.games = games;
	}

	@OnEvent(value = "create_game", summary = "Create a game",
			description = "Creates a game in which the sender plays X and moves first. Share the game id with a "
					+ "second player, who joins with `join_game`; until then, the creator plays both marks.")
	@Emits(event = "game_created", payload = GameCreated.class, summary = "The game was created")
	void createGame(SocketIOClient client, SocketIoEmitter emitter) {
		long gameId = this.games.create(client.getSessionId().toString());
		client.joinRoom(room(gameId));
		emitter.emit("game_created", new GameCreated(gameId));
	}

	@OnEvent(value = "join_game", summary = "Join a game as O",
			description = "Joins a game created by another player. Both players receive `player_joined`.")
	GameAck joinGame(JoinGame join, SocketIOClient client, SocketIoEmitter emitter) {
		String player = client.getSessionId().toString();
		Mark mark = this.games.update(join.gameId(), (game) -> game.join(player));
		client.joinRoom(room(join.gameId()));
		emitter.toRoom(room(join.gameId())).emit("player_joined", new PlayerJoined(join.gameId(), mark));
		return GameAck.OK;
	}

	@OnEvent(value = "make_move", summary = "Play one move",
			description = "Places the player's mark at (x, y). Both players receive `move_made`, then `game_won` or "
					+ "`game_drawn` when the move ends the game. The ack carries an `error` when the move is refused.")
	GameAck makeMove(MakeMove move, SocketIOClient client, SocketIoEmitter emitter) {
		String player = client.getSessionId().toString();
		Game.Move result = this.games.update(move.gameId(), (game) -> game.play(player, move.x(), move.y()));
		BroadcastEmitter players = emitter.toRoom(room(move.gameId()));
		players.emit("move_made", new MoveMade(result.board(), result.turn()));
		result.won().ifPresent((winner) -> players.emit("game_won", new GameWon(winner)));
		if (result.drawn()) {
			players.emit("game_drawn", new GameDrawn());
		}
		return GameAck.OK;
	}

	@SocketIoExceptionHandler
	GameAck refused(GameException ex) {
		return GameAck.error(ex.getCode(), ex.getMessage());
	}

	@OnDisconnect
	void left(SocketIOClient client) {
		this.games.leave(client.getSessionId().toString());
	}

	private static String room(long gameId) {
		return "game-" + gameId;
	}

}
