package io.github.sioasyncapi.demo.tictactoe.game;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The games being played. Game ids are random (1 to 2<sup>31</sup>−1), so they cannot be guessed
 * from a counter, and creating games concurrently never hands out the same id twice.
 */
@Component
public class Games {

	private final SecureRandom random = new SecureRandom();

	private final Map<Long, Game> games = new ConcurrentHashMap<>();

	/**
	 * Create a game.
	 * @param creator the session id of the player who plays X
	 * @return the new game
	 */
	public Game create(String creator) {
		while (true) {
			long id = 1 + this.random.nextInt(Integer.MAX_VALUE - 1);
			Game game = new Game(id, creator);
			if (this.games.putIfAbsent(id, game) == null) {
				return game;
			}
		}
	}

	/**
	 * Find a game.
	 * @param id the game id
	 * @return the game
	 * @throws GameException if there is no such game
	 */
	public Game get(long id) {
		Game game = this.games.get(id);
		if (game == null) {
			throw GameException.notFound(id);
		}
		return game;
	}

	/**
	 * Remove a player from every game they play; games without players end.
	 * @param player the player's session id
	 */
	public void leave(String player) {
		this.games.values().removeIf((game) -> game.hasPlayer(player) && game.leave(player));
	}

	/**
	 * The number of games being played.
	 * @return the count
	 */
	public int count() {
		return this.games.size();
	}

}
