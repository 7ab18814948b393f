package io.github.sioasyncapi.test.autoconfigure.slice;

import io.github.sioasyncapi.annotation.SocketIoControllerAdvice;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;

@SocketIoControllerAdvice
class GreetingAdvice {

	@SocketIoExceptionHandler
	GreetingController.Greeted nobody(IllegalArgumentException ex) {
		return new GreetingController.Greeted("(" + ex.getMessage() + ")");
	}

}
