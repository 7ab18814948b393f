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
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Play a move on {@code board[x][y]}, as in the Python original.
 *
 * @param gameId the game id
 * @param x the row, 0 (top) to 2
 * @param y the column, 0 (left) to 2
 */
@Schema(description = "One move")
public record MakeMove(@Schema(description = "The game id", example = "1") @Min(1) long gameId,
		@Schema(description = "The x coordinate: the row, from the top (board[x][y])", example = "1") @Min(0) @Max(2) int x,
		@Schema(description = "The y coordinate: the column, from the left (board[x][y])", example = "1") @Min(0) @Max(2) int y) {
}
