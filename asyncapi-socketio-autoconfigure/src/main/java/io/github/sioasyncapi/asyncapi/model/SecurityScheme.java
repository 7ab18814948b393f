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
 * A Security Scheme Object, for example type {@code http} with scheme {@code bearer}: how
 * clients prove who they are.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "description", "name", "in", "scheme", "bearerFormat" })
public class SecurityScheme extends Extensible {

	private String type = "";

	private @Nullable String description;

	private @Nullable String name;

	private @Nullable String in;

	private @Nullable String scheme;

	private @Nullable String bearerFormat;

	/**
	 * Create a security scheme with an empty type.
	 */
	public SecurityScheme() {
	}

	/**
	 * {@return the type, for example {@code http} or {@code httpApiKey}}
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Set the type, for example {@code http} or {@code httpApiKey}.
	 * @param type the type
	 */
	public void setType(String type) {
		this.type = type;
	}

	/**
	 * {@return a description of the scheme (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the scheme (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * {@return the name of the header, query parameter or cookie of an API key scheme}
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Set the name of the header, query parameter or cookie of an API key scheme.
	 * @param name the name
	 */
	public void setName(@Nullable String name) {
		this.name = name;
	}

	/**
	 * {@return where an API key scheme sends the key: {@code header}, {@code query} or
	 * {@code cookie}}
	 */
	public @Nullable String getIn() {
		return this.in;
	}

	/**
	 * Set where an API key scheme sends the key: {@code header}, {@code query} or
	 * {@code cookie}.
	 * @param in the location
	 */
	public void setIn(@Nullable String in) {
		this.in = in;
	}

	/**
	 * {@return the HTTP authentication scheme of an {@code http} scheme, for example
	 * {@code bearer}}
	 */
	public @Nullable String getScheme() {
		return this.scheme;
	}

	/**
	 * Set the HTTP authentication scheme of an {@code http} scheme, for example
	 * {@code bearer}.
	 * @param scheme the HTTP authentication scheme
	 */
	public void setScheme(@Nullable String scheme) {
		this.scheme = scheme;
	}

	/**
	 * {@return how a bearer token is formatted, for example {@code JWT}}
	 */
	public @Nullable String getBearerFormat() {
		return this.bearerFormat;
	}

	/**
	 * Set how a bearer token is formatted, for example {@code JWT}.
	 * @param bearerFormat the format
	 */
	public void setBearerFormat(@Nullable String bearerFormat) {
		this.bearerFormat = bearerFormat;
	}

}
