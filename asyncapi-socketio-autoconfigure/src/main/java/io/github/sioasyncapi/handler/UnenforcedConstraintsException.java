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

/**
 * A handler declares Bean Validation constraints, but the application has no Bean Validation
 * validator (no provider on the class path, or no {@code Validator} bean) to enforce them: the
 * start fails rather than let payloads that break them through.
 */
class UnenforcedConstraintsException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	UnenforcedConstraintsException(String handler, String constraint) {
		super(handler + " declares Bean Validation constraints (" + constraint
				+ "), but the application has no Bean Validation validator to enforce them");
	}

}
