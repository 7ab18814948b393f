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

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The state of a {@link Game}, as a {@link GameStore} keeps it outside the JVM (in Redis, as
 * JSON).
 *
 * @param id the game id
 * @param players the players' session ids with their marks, the creator first
 * @param board the rows of the board: {@code "X"}, {@code "O"} or {@code ""}
 * @param turn whose turn it is
 * @param winner the winner, if the game was won
 * @param over whether the game is over
 */
public record GameState(long id, Map<String, Mark> players, List<List<String>> board, Mark turn,
		@Nullable Mark winner, boolean over) {
}
