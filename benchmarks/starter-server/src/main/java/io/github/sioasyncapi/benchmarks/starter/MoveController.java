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

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;

/**
 * The benchmark's handlers: {@code make_move} acks {@code {ok: true, game_id}}; an invalid move
 * never gets here and is answered with the starter's {@code invalid_payload} error ack. {@code slow}
 * does the same after sleeping 200 ms, for the isolation scenario.
 */
@SocketIoController
class MoveController {

	@OnEvent(value = "make_move", summary = "Play one move")
	MoveAck makeMove(MakeMove move) {
		return new MoveAck(true, move.gameId());
	}

	@OnEvent(value = "slow", summary = "Play one move, slowly")
	MoveAck slow(MakeMove move) throws InterruptedException {
		Thread.sleep(200);
		return new MoveAck(true, move.gameId());
	}

}
