package io.github.sioasyncapi.demo.tictactoe.game;

/**
 * A player's mark. X moves first.
 */
public enum Mark {

	/** The first player, who created the game. */
	X,

	/** The second player. */
	O;

	/**
	 * The other mark.
	 * @return O for X, X for O
	 */
	public Mark other() {
		return (this == X) ? O : X;
	}

}
