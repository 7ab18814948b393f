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

package io.github.sioasyncapi.asyncapi.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An AsyncAPI object that accepts specification extensions ({@code x-} properties), written
 * after its other properties.
 *
 * @since 0.1.0
 */
public abstract class Extensible {

	private final Map<String, @Nullable Object> extensions = new LinkedHashMap<>();

	/**
	 * Create an object without extensions.
	 */
	protected Extensible() {
	}

	/**
	 * The specification extensions, by name.
	 * @return the extensions, mutable
	 */
	@JsonAnyGetter
	public Map<String, @Nullable Object> getExtensions() {
		return this.extensions;
	}

	/**
	 * Add or replace a specification extension.
	 * @param name the name, starting with {@code x-}
	 * @param value the value, written as JSON
	 */
	@JsonAnySetter
	public void addExtension(String name, @Nullable Object value) {
		Assert.isTrue(name.startsWith("x-"), () -> "Extension '" + name + "' must start with 'x-'");
		this.extensions.put(name, value);
	}

}
