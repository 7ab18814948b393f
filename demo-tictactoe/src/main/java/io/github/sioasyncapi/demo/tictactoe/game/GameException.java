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

package io.github.sioasyncapi.demo.tictactoe.game;

/**
 * A move or join the rules do not allow. Its code and message are meant for the player.
 */
public class GameException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	GameException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * A code for clients, such as {@code cell_occupied}.
	 * @return the code
	 */
	public String getCode() {
		return this.code;
	}

	static GameException notFound(long gameId) {
		return new GameException("game_not_found", "Game " + gameId + " does not exist");
	}

	static GameException full(long gameId) {
		return new GameException("game_full", "Game " + gameId + " already has two players");
	}

	static GameException notAPlayer(long gameId) {
		return new GameException("not_a_player", "You are not a player of game " + gameId);
	}

	static GameException notYourTurn(Mark turn) {
		return new GameException("not_your_turn", "It is " + turn + "'s turn");
	}

	static GameException occupied(int x, int y) {
		return new GameException("cell_occupied", "Cell (" + x + ", " + y + ") is already taken");
	}

	static GameException over(long gameId) {
		return new GameException("game_over", "Game " + gameId + " is over");
	}

}
