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

package io.github.sioasyncapi.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The default error acknowledgement:
 * <pre class="code">
 * {"error": {"code": "invalid_payload", "message": "make_move: payload is invalid",
 *            "violations": [{"path": "x", "message": "must be less than or equal to 2", "rejectedValue": 7}]}}
 * </pre>
 * Property names are fixed, whatever the application's naming strategy.
 *
 * @param error the error
 * @since 0.1.0
 */
public record ErrorAck(@JsonProperty("error") Error error) {

	/**
	 * Create an error ack.
	 * @param code the code
	 * @param message a message for the client
	 * @param violations the violations, for {@code invalid_payload}
	 * @param id the error id that the server log shows too, for {@code internal_error}
	 * @return the ack
	 */
	public static ErrorAck of(ErrorCode code, String message, List<Violation> violations, @Nullable String id) {
		return new ErrorAck(new Error(code.code(), message, violations, id));
	}

	/**
	 * The error of an {@link ErrorAck}.
	 *
	 * @param code the code, see {@link ErrorCode}
	 * @param message a message for the client
	 * @param violations the field-level violations, omitted when empty
	 * @param id the error id, omitted when {@code null}
	 * @since 0.1.0
	 */
	@JsonPropertyOrder({ "code", "message", "violations", "id" })
	public record Error(@JsonProperty("code") String code, @JsonProperty("message") String message,
			@JsonProperty("violations") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> violations,
			@JsonProperty("id") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String id) {

		/**
		 * Create an error.
		 * @param code the code
		 * @param message the message
		 * @param violations the violations
		 * @param id the error id
		 */
		public Error {
			violations = List.copyOf(violations);
		}

	}

}
