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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One game between one or two players, identified by their session ids. While only its creator
 * has joined, the creator plays both marks in turn (as in the original demo); once a second
 * player joins, each player may only play their own mark, on their own turn. Thread-safe.
 */
public final class Game {

	private final long id;

	private final Board board;

	private final Map<String, Mark> players = new LinkedHashMap<>();

	private Mark turn = Mark.X;

	private @Nullable Mark winner;

	private boolean over;

	Game(long id, String creator) {
		this.id = id;
		this.board = new Board();
		this.players.put(creator, Mark.X);
	}

	private Game(GameState state) {
		this.id = state.id();
		this.board = Board.of(state.board());
		this.players.putAll(state.players());
		this.turn = state.turn();
		this.winner = state.winner();
		this.over = state.over();
	}

	/**
	 * A game in a state taken with {@link #state()}.
	 * @param state the state
	 * @return the game
	 */
	static Game of(GameState state) {
		return new Game(state);
	}

	/**
	 * The game's state, to keep outside this JVM.
	 * @return the state
	 */
	synchronized GameState state() {
		return new GameState(this.id, new LinkedHashMap<>(this.players), this.board.rows(), this.turn, this.winner,
				this.over);
	}

	/**
	 * The game's id.
	 * @return the id
	 */
	public long getId() {
		return this.id;
	}

	/**
	 * Join the game as the second player.
	 * @param player the player's session id
	 * @return the player's mark
	 * @throws GameException if the game already has two players
	 */
	public synchronized Mark join(String player) {
		Mark mark = this.players.get(player);
		if (mark != null) {
			return mark;
		}
		if (this.players.size() == 2) {
			throw GameException.full(this.id);
		}
		this.players.put(player, Mark.O);
		return Mark.O;
	}

	/**
	 * Play a move.
	 * @param player the session id of the player
	 * @param x the column, 0 to 2
	 * @param y the row, 0 to 2
	 * @return the board after the move, whose turn is next, and how the game ended if it did
	 * @throws GameException if the player may not play this move
	 */
	public synchronized Move play(String player, int x, int y) {
		Mark mark = this.players.get(player);
		if (mark == null) {
			throw GameException.notAPlayer(this.id);
		}
		if (this.over) {
			throw GameException.over(this.id);
		}
		if (this.players.size() == 2 && mark != this.turn) {
			throw GameException.notYourTurn(this.turn);
		}
		if (!this.board.isFree(x, y)) {
			throw GameException.occupied(x, y);
		}
		this.board.place(this.turn, x, y);
		this.winner = this.board.winner().orElse(null);
		this.over = this.winner != null || this.board.isFull();
		this.turn = this.turn.other();
		return new Move(this.board.rows(), this.over ? null : this.turn, this.winner, this.over && this.winner == null);
	}

	/**
	 * Remove a player who left.
	 * @param player the player's session id
	 * @return whether the game has no players left
	 */
	public synchronized boolean leave(String player) {
		this.players.remove(player);
		return this.players.isEmpty();
	}

	synchronized boolean hasPlayer(String player) {
		return this.players.containsKey(player);
	}

	synchronized boolean hasPlayers() {
		return !this.players.isEmpty();
	}

	/**
	 * The state after a move.
	 *
	 * @param board the rows of the board
	 * @param turn whose turn is next, {@code null} once the game is over
	 * @param winner the winner, if the move won the game
	 * @param drawn whether the move filled the board without a winner
	 */
	public record Move(List<List<String>> board, @Nullable Mark turn, @Nullable Mark winner, boolean drawn) {

		/**
		 * The winner, if any.
		 * @return the winner
		 */
		public Optional<Mark> won() {
			return Optional.ofNullable(this.winner);
		}

	}

}
