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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 3×3 board, addressed as in the Python original: {@code board[x][y]}, {@code x} the row
 * (from the top) and {@code y} the column (from the left), so that a client written for the
 * original sees the same board. Not thread-safe; {@link Game} guards it.
 */
final class Board {

	static final int SIZE = 3;

	private static final int[][][] LINES = {
			{ { 0, 0 }, { 0, 1 }, { 0, 2 } }, { { 1, 0 }, { 1, 1 }, { 1, 2 } }, { { 2, 0 }, { 2, 1 }, { 2, 2 } },
			{ { 0, 0 }, { 1, 0 }, { 2, 0 } }, { { 0, 1 }, { 1, 1 }, { 2, 1 } }, { { 0, 2 }, { 1, 2 }, { 2, 2 } },
			{ { 0, 0 }, { 1, 1 }, { 2, 2 } }, { { 0, 2 }, { 1, 1 }, { 2, 0 } } };

	private final Mark[][] cells = new Mark[SIZE][SIZE];

	private int filled;

	boolean isFree(int x, int y) {
		return this.cells[x][y] == null;
	}

	void place(Mark mark, int x, int y) {
		this.cells[x][y] = mark;
		this.filled++;
	}

	/**
	 * The mark that owns a full row, column or diagonal.
	 */
	Optional<Mark> winner() {
		for (int[][] line : LINES) {
			Mark first = this.cells[line[0][0]][line[0][1]];
			if (first != null && first == this.cells[line[1][0]][line[1][1]]
					&& first == this.cells[line[2][0]][line[2][1]]) {
				return Optional.of(first);
			}
		}
		return Optional.empty();
	}

	boolean isFull() {
		return this.filled == SIZE * SIZE;
	}

	/**
	 * A board with the cells of {@link #rows()}.
	 */
	static Board of(List<List<String>> rows) {
		Board board = new Board();
		for (int x = 0; x < SIZE; x++) {
			for (int y = 0; y < SIZE; y++) {
				String cell = rows.get(x).get(y);
				if (!cell.isEmpty()) {
					board.place(Mark.valueOf(cell), x, y);
				}
			}
		}
		return board;
	}

	/**
	 * The rows of cells, {@code rows().get(x).get(y)}: {@code "X"}, {@code "O"} or {@code ""}
	 * for an empty cell.
	 */
	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>(SIZE);
		for (Mark[] row : this.cells) {
			List<String> cells = new ArrayList<>(SIZE);
			for (Mark cell : row) {
				cells.add((cell != null) ? cell.name() : "");
			}
			rows.add(cells);
		}
		return rows;
	}

}
