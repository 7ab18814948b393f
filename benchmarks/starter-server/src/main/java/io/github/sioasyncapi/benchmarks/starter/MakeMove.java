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

package io.github.sioasyncapi.benchmarks.starter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The request: {@code game_id} at least 1, {@code x} and {@code y} from 0 to 2.
 *
 * @param gameId the game
 * @param x the column
 * @param y the row
 */
record MakeMove(@Min(1) long gameId, @Min(0) @Max(2) int x, @Min(0) @Max(2) int y) {
}
