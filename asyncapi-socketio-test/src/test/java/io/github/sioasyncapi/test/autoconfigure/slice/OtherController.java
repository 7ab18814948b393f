package io.github.sioasyncapi.test.autoconfigure.slice;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;

/** Left out of a slice that names its controllers. */
@SocketIoController("/other")
class OtherController {

	@OnEvent("ping")
	String ping() {
		return "pong";
	}

}
