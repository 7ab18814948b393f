package io.github.sioasyncapi.test.autoconfigure.slice;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import jakarta.validation.constraints.NotBlank;

@SocketIoController
class GreetingController {

	@OnEvent("greet")
	Greeted greet(Greeting greeting) {
		if (greeting.name().equals("nobody")) {
			throw new IllegalArgumentException("nobody to greet");
		}
		return new Greeted("Hello, " + greeting.name());
	}

	record Greeting(@NotBlank String name) {
	}

	record Greeted(String text) {
	}

}
