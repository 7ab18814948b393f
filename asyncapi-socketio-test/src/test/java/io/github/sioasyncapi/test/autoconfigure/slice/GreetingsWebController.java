package io.github.sioasyncapi.test.autoconfigure.slice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The web side, which the slice leaves out. */
@RestController
class GreetingsWebController {

	@GetMapping("/greeting")
	String greeting() {
		return "Hello";
	}

}
