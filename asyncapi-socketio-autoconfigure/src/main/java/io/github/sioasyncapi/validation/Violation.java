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

package io.github.sioasyncapi.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a payload, ack or emit is invalid.
 *
 * @param path the location in the JSON value, with wire (JSON) property names, for example
 * {@code game_id} or {@code items[2].name}; arguments of a multi-argument event are prefixed
 * with their position ({@code [1].name}); empty for the value itself
 * @param message what is wrong, for example {@code must be less than or equal to 2}
 * @param rejectedValue the offending value, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Violation(@JsonProperty("path") String path, @JsonProperty("message") String message,
		@JsonProperty("rejectedValue") @Nullable Object rejectedValue) {

	@Override
	public String toString() {
		return (this.path.isEmpty() ? "" : this.path + ": ") + this.message + " (rejected value: " + this.rejectedValue
				+ ")";
	}

}
