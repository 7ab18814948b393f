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
import java.util.List;

import io.github.sioasyncapi.demo.tictactoe.game.Mark;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Sent to both players after every move.
 *
 * @param board the board, three rows of three cells: {@code "X"}, {@code "O"} or {@code ""}
 * @param turn the player to move next, {@code null} once the game is over
 */
@Schema(description = "The board after a move")
public record MoveMade(
		@Schema(description = "The board: three rows of three cells, each \"X\", \"O\" or \"\" (empty)",
				example = "[[\"X\", \"\", \"\"], [\"\", \"O\", \"\"], [\"\", \"\", \"\"]]") @NotNull List<@NotNull List<@NotNull String>> board,
		@Schema(description = "The player to move next; null once the game is over", example = "X",
				nullable = true) @Nullable Mark turn) {
}
