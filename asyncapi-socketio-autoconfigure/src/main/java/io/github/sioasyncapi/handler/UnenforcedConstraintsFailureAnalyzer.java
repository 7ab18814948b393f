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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a handler whose constraints nothing would enforce, and the two ways out.
 */
class UnenforcedConstraintsFailureAnalyzer extends AbstractFailureAnalyzer<UnenforcedConstraintsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnenforcedConstraintsException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Keep Hibernate Validator on the class path (the starter brings it with "
						+ "spring-boot-starter-validation; do not exclude it or Spring Boot's "
						+ "ValidationAutoConfiguration) so that payloads, acks and emits are validated against "
						+ "their constraints, or set socketio.validation.enabled=false to accept them unchecked.",
				cause);
	}

}
