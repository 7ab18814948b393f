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

package io.github.sioasyncapi.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A date or time not in the form the payload mapper reads it (see {@link DateTimeWire}): not a
 * string of its pattern, not a number within its range, or not an array of its fields.
 *
 * @since 0.1.0
 */
public final class DateTimeFormException extends MismatchedInputException {

	private static final long serialVersionUID = 1L;

	/** What the value must be. */
	private final String expected;

	DateTimeFormException(JsonParser parser, Class<?> type, String expected) {
		super(parser, type.getSimpleName() + " must be " + expected, type);
		this.expected = expected;
	}

	/**
	 * What the value must be.
	 * @return for example {@code a string of the pattern dd.MM.yyyy}
	 */
	public String getExpected() {
		return this.expected;
	}

}
