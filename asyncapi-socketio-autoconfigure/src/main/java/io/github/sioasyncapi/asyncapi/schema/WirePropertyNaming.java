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

package io.github.sioasyncapi.asyncapi.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import io.github.sioasyncapi.json.WireFormat;

/**
 * A Jackson 2 naming strategy for swagger-core's mapper that names every property as the
 * application's Jackson 3 mapper does, so that schemas show the wire names whatever naming
 * strategy, {@code @JsonNaming} or mix-in the application uses. Like any naming strategy it
 * is consulted for implicit names only; explicit names ({@code @JsonProperty("x")}) are the
 * same in both Jackson versions.
 */
final class WirePropertyNaming extends PropertyNamingStrategy {

	private static final long serialVersionUID = 1L;

	private final transient WireFormat wire;

	WirePropertyNaming(WireFormat wire) {
		this.wire = wire;
	}

	@Override
	public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
		return this.wire.propertyName(field.getDeclaringClass(), defaultName);
	}

	@Override
	public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
		return this.wire.propertyName(method.getDeclaringClass(), defaultName);
	}

	@Override
	public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
		return this.wire.propertyName(method.getDeclaringClass(), defaultName);
	}

	@Override
	public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter parameter,
			String defaultName) {
		return this.wire.propertyName(parameter.getDeclaringClass(), defaultName);
	}

}
