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

package io.github.sioasyncapi.demo.tictactoe.api;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The acknowledgement of {@code join_game} and {@code make_move}: empty on success, with an
 * {@code error} when the rules refuse the request (the same shape as the default error ack).
 *
 * @param error what went wrong, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Empty when the request was accepted; error tells why it was not", example = "{}")
public record GameAck(
		@Schema(description = "Why the request was refused; absent on success") @Nullable GameError error) {

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
	@Schema(description = "Why a request was refused")
	public record GameError(
			@Schema(description = "A code for clients", example = "cell_occupied",
					allowableValues = { "game_not_found", "game_full", "not_a_player", "not_your_turn", "cell_occupied",
							"game_over" }) @NotNull String code,
			@Schema(description = "A message for the player", example = "Cell (1, 1) is already taken") @NotNull String message) {
	}

}
