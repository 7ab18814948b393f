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
