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
