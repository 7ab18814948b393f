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
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardTests {

	static Stream<int[][]> lines() {
		return Stream.of(new int[][] { { 0, 0 }, { 1, 0 }, { 2, 0 } }, new int[][] { { 0, 1 }, { 1, 1 }, { 2, 1 } },
				new int[][] { { 0, 2 }, { 1, 2 }, { 2, 2 } }, new int[][] { { 0, 0 }, { 0, 1 }, { 0, 2 } },
				new int[][] { { 1, 0 }, { 1, 1 }, { 1, 2 } }, new int[][] { { 2, 0 }, { 2, 1 }, { 2, 2 } },
				new int[][] { { 0, 0 }, { 1, 1 }, { 2, 2 } }, new int[][] { { 2, 0 }, { 1, 1 }, { 0, 2 } });
	}

	@ParameterizedTest
	@MethodSource("lines")
	void everyRowColumnAndDiagonalWins(int[][] line) {
		Board board = new Board();
		board.place(Mark.O, line[0][0], line[0][1]);
		board.place(Mark.O, line[1][0], line[1][1]);
		assertThat(board.winner()).isEmpty();
		board.place(Mark.O, line[2][0], line[2][1]);
		assertThat(board.winner()).contains(Mark.O);
	}

	@Test
	void aFullBoardWithoutLineIsADraw() {
		Board board = new Board();
		String[] rows = { "XOX", "XOO", "OXX" };
		for (int x = 0; x < 3; x++) {
			for (int y = 0; y < 3; y++) {
				board.place(Mark.valueOf(String.valueOf(rows[x].charAt(y))), x, y);
			}
		}
		assertThat(board.winner()).isEmpty();
		assertThat(board.isFull()).isTrue();
		assertThat(board.rows()).isEqualTo(List.of(List.of("X", "O", "X"), List.of("X", "O", "O"), List.of("O", "X", "X")));
	}

	@Test
	void cellsAreAddressedByRowThenColumnAsInThePythonOriginal() {
		// the original: board[data.x][data.y] = turn
		Board board = new Board();
		board.place(Mark.X, 2, 0);
		assertThat(board.isFree(2, 0)).isFalse();
		assertThat(board.isFree(0, 2)).isTrue();
		assertThat(board.rows().get(2)).containsExactly("X", "", "");
		assertThat(board.rows().get(0)).containsExactly("", "", "");
		assertThat(Board.of(board.rows()).rows()).isEqualTo(board.rows());
	}

}
