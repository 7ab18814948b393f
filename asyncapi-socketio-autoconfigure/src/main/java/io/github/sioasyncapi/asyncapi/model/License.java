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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The License Object of the {@link Info}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "name", "url" })
public class License extends Extensible {

	private String name = "";

	private @Nullable String url;

	/**
	 * Create a license with an empty name.
	 */
	public License() {
	}

	/**
	 * {@return the name of the license, for example {@code Apache-2.0}}
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Set the name of the license, for example {@code Apache-2.0}.
	 * @param name the name
	 */
	public void setName(String name) {
		this.name = name;
	}

	/**
	 * {@return the URL of the license}
	 */
	public @Nullable String getUrl() {
		return this.url;
	}

	/**
	 * Set the URL of the license.
	 * @param url the URL
	 */
	public void setUrl(@Nullable String url) {
		this.url = url;
	}

}
