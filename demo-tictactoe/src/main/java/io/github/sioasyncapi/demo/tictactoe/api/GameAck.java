package io.github.sioasyncapi.demo.tictactoe.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The acknowledgement of {@code join_game} and {@code make_move}: empty on success, with an
 * {@code error} when the rules refuse the request (the same shape as the default error ack).
 *
 * @param error what went wrong, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameAck(@Nullable GameError error) {

	/** The acknowledgement of a successful request. */
	public static final GameAck OK = new GameAck(null);

	/**
	 * The acknowledgement of a refused request.
	 * @param code the error code
	 * @param message the message for the player
	 * @return the ack
	 */
	public static GameAck error(String code, String message) {
		return new GameAck(new GameError(code, message));
	}

	/**
	 * Why a request was refused.
	 *
	 * @param code a code such as {@code cell_occupied}
	 * @param message a message for the player
	 */
	public record GameError(String code, String message) {
	}

}
