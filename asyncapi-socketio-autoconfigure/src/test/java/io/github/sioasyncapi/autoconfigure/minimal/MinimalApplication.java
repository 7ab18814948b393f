package io.github.sioasyncapi.autoconfigure.minimal;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import jakarta.validation.constraints.Min;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application with nothing but the starter's mandatory dependencies, started by
 * {@link io.github.sioasyncapi.autoconfigure.StarterWithoutOptionalDependenciesTests} in class
 * loaders that hide every optional one, or all but WebFlux.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MinimalApplication.Doubler.class)
public class MinimalApplication {

	@SocketIoController
	static class Doubler {

		@OnEvent("double")
		int twice(@Min(0) int value) {
			return 2 * value;
		}

	}

}
