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

import java.util.List;
import java.util.Map;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Scalars read as the AsyncAPI document describes them: a JSON string is not a number, a
 * number or a boolean is not a string, a string is not a boolean, an empty string is not a
 * number, a boolean, an enum or a date, and a number is not an enum, a date or any other value
 * written as a string (a {@code UUID}, a {@code URI}, a {@code Locale}). Jackson converts all of
 * these by default; its coercion settings for each logical type turn them into
 * {@code invalid_payload} errors. Dates are read without leniency: a date is not a date-time
 * ({@code "2024-01-31T12:00:00Z"} for a {@code LocalDate}). The schemas read the same settings
 * back, so that a relaxed mapper is documented as relaxed.
 */
final class StrictScalars {

	private static final Map<LogicalType, List<CoercionInputShape>> REFUSED = Map.of(
			LogicalType.Integer,
			List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Float,
					CoercionInputShape.Boolean),
			LogicalType.Float,
			List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean),
			LogicalType.Boolean,
			List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
					CoercionInputShape.Float),
			LogicalType.Textual,
			List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
			LogicalType.Enum,
			List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
					CoercionInputShape.EmptyString),
			LogicalType.DateTime,
			List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
					CoercionInputShape.EmptyString, CoercionInputShape.Array),
			LogicalType.OtherScalar, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean, CoercionInputShape.EmptyString));

	private StrictScalars() {
	}

	/**
	 * Refuse the conversions between scalar types.
	 * @param builder the payload mapper's builder
	 */
	static void apply(JsonMapper.Builder builder) {
		builder.defaultLeniency(false);
		REFUSED.forEach((type, shapes) -> builder.withCoercionConfig(type, (config) -> shapes
			.forEach((shape) -> config.setCoercion(shape, CoercionAction.Fail))));
	}

}
