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

package io.github.sioasyncapi.emit;

import java.util.List;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.github.sioasyncapi.validation.EmitValidationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link EmitValidator} and {@code socketio.validation.undeclared-emits}.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmitValidatorTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ConstraintValidation validation = new ConstraintValidation(
			Validation.buildDefaultValidatorFactory().getValidator(), this.mapper);

	@Test
	void declaredEventsAreChecked() {
		EmitValidator validator = validator(UndeclaredEmitPolicy.ALLOW, this.validation);
		assertThatNoException().isThrownBy(() -> validator.validate("/", "score", new Object[] { new Score(3) }));
		assertThatExceptionOfType(EmitValidationException.class)
			.isThrownBy(() -> validator.validate("/", "score", new Object[] { new Score(11) }))
			.satisfies((ex) -> assertThat(ex.getViolations().get(0).path()).isEqualTo("points"));
		assertThatExceptionOfType(EmitValidationException.class)
			.isThrownBy(() -> validator.validate("/", "reset", new Object[] { "unexpected" }))
			.withMessageContaining("takes no payload");
		assertThatNoException().isThrownBy(() -> validator.validate("/", "reset", new Object[0]));
	}

	@Test
	void declarationsAreScopedToTheirNamespace() {
		EmitValidator validator = validator(UndeclaredEmitPolicy.FAIL, this.validation);
		assertThatExceptionOfType(EmitValidationException.class)
			.isThrownBy(() -> validator.validate("/other", "score", new Object[] { new Score(3) }))
			.withMessageContaining("not declared");
	}

	@Test
	void allowSendsUndeclaredEventsSilently(CapturedOutput output) {
		validator(UndeclaredEmitPolicy.ALLOW, this.validation).validate("/", "surprise", new Object[] { 1 });
		assertThat(output).doesNotContain("surprise");
	}

	@Test
	void warnLogsOncePerEvent(CapturedOutput output) {
		EmitValidator validator = validator(UndeclaredEmitPolicy.WARN, this.validation);
		validator.validate("/", "surprise", new Object[] { 1 });
		validator.validate("/", "surprise", new Object[] { 2 });
		assertThat(output.getOut().split("undeclared event 'surprise'", -1)).hasSize(2);
	}

	@Test
	void failRefusesUndeclaredEvents() {
		assertThatExceptionOfType(EmitValidationException.class)
			.isThrownBy(() -> validator(UndeclaredEmitPolicy.FAIL, this.validation).validate("/", "surprise",
					new Object[] { 1 }))
			.withMessageContaining("surprise");
	}

	@Test
	void nothingIsCheckedWhenValidationIsDisabled() {
		EmitValidator validator = validator(UndeclaredEmitPolicy.FAIL, null);
		assertThatNoException().isThrownBy(() -> validator.validate("/", "surprise", new Object[] { 1 }));
		assertThatNoException().isThrownBy(() -> validator.validate("/", "score", new Object[] { new Score(11) }));
	}

	private EmitValidator validator(UndeclaredEmitPolicy policy, ConstraintValidation validation) {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(), validation);
		registry.registerController(new ScoreController(), ScoreController.class);
		return new EmitValidator(registry, validation, this.mapper, policy, validation != null);
	}

	record Score(@Max(10) int points) {
	}

	@SocketIoController
	@Emits(event = "score", payload = Score.class)
	@Emits(event = "reset")
	static class ScoreController {

	}

}
