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

package io.github.sioasyncapi.handler;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.autoconfigure.SocketIoAutoConfiguration;
import io.github.sioasyncapi.emit.EmitValidator;
import io.github.sioasyncapi.testsupport.WithoutSocketIoServer;
import io.github.sioasyncapi.validation.EmitValidationException;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Handlers that declare Bean Validation constraints fail the start when no Bean Validation
 * provider is there to enforce them (an application that excludes the one the starter brings).
 */
class UnenforcedConstraintsTests {

	/** Spring Boot validates with the provider that this service file names. */
	private static final FilteredClassLoader WITHOUT_PROVIDER = new FilteredClassLoader(
			new ClassPathResource("META-INF/services/jakarta.validation.spi.ValidationProvider"));

	private final ApplicationContextRunner withProvider = new ApplicationContextRunner()
		.withInitializer(new WithoutSocketIoServer())
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
				SocketIoAutoConfiguration.class));

	private final ApplicationContextRunner runner = this.withProvider.withClassLoader(WITHOUT_PROVIDER);

	@Test
	void aConstrainedPayloadWithoutAProviderFailsTheStartNamingTheConstraint() {
		this.runner.withUserConfiguration(ConstrainedPayload.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(UnenforcedConstraintsException.class)
				.hasMessage("ConstrainedPayload#move declares Bean Validation constraints (@Min on Move.x), "
						+ "but the application has no Bean Validation validator to enforce them");
			FailureAnalysis analysis = new UnenforcedConstraintsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getAction()).contains("spring-boot-starter-validation")
				.contains("socketio.validation.enabled=false");
		});
	}

	@Test
	void constrainedParametersAndEmitsFailTheStartToo() {
		this.runner.withUserConfiguration(ConstrainedParameter.class)
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageStartingWith("ConstrainedParameter#count declares Bean Validation constraints "
						+ "(@Min on parameter 'times')"));
		this.runner.withUserConfiguration(ConstrainedEmit.class)
			.run((context) -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageStartingWith("ConstrainedEmit @Emits(event = \"moved\") declares Bean Validation "
						+ "constraints (@Min on Move.x)"));
	}

	@Test
	void handlersWithoutConstraintsNeedNoProvider() {
		this.runner.withUserConfiguration(PlainPayload.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SocketIoHandlerRegistry.class).getNamespace("/").getEvents()).containsKey("name");
		});
	}

	@Test
	void withoutAProviderEmitsAreStillCheckedAgainstTheirDeclarations() {
		this.runner.withUserConfiguration(PlainEmit.class)
			.withPropertyValues("socketio.validation.undeclared-emits=fail")
			.run((context) -> {
				EmitValidator emits = context.getBean(EmitValidator.class);
				emits.validate("/", "named", new Object[] { new Name("Ada", "Lovelace") });
				assertThatExceptionOfType(EmitValidationException.class)
					.isThrownBy(() -> emits.validate("/", "named", new Object[] { "not a name" }));
				assertThatExceptionOfType(EmitValidationException.class)
					.isThrownBy(() -> emits.validate("/", "never_declared", new Object[0]))
					.withMessageContaining("not declared");
			});
	}

	@Test
	void withValidationDisabledConstraintsAreAcceptedUnchecked() {
		this.runner.withUserConfiguration(ConstrainedPayload.class)
			.withPropertyValues("socketio.validation.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void withAProviderConstraintsAreEnforcedAndTheStartSucceeds() {
		this.withProvider.withUserConfiguration(ConstrainedPayload.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	record Move(@Min(0) int x, int y) {
	}

	record Name(String first, String last) {
	}

	@SocketIoController
	static class ConstrainedPayload {

		@OnEvent("move")
		boolean move(Move move) {
			return true;
		}

	}

	@SocketIoController
	static class ConstrainedParameter {

		@OnEvent("count")
		int count(@Min(1) int times) {
			return times;
		}

	}

	@SocketIoController
	@Emits(event = "moved", payload = Move.class)
	static class ConstrainedEmit {

	}

	@SocketIoController
	@Emits(event = "named", payload = Name.class)
	static class PlainEmit {

	}

	@SocketIoController
	static class PlainPayload {

		@OnEvent("name")
		String name(Name name) {
			return name.first();
		}

	}

}
