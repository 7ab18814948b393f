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
 * The Contact Object of the {@link Info}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "name", "url", "email" })
public class Contact extends Extensible {

	private @Nullable String name;

	private @Nullable String url;

	private @Nullable String email;

	/**
	 * Create a contact without name, URL or email address.
	 */
	public Contact() {
	}

	/**
	 * {@return the name of the contact person or organization}
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Set the name of the contact person or organization.
	 * @param name the name
	 */
	public void setName(@Nullable String name) {
		this.name = name;
	}

	/**
	 * {@return the URL of the contact information}
	 */
	public @Nullable String getUrl() {
		return this.url;
	}

	/**
	 * Set the URL of the contact information.
	 * @param url the URL
	 */
	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	/**
	 * {@return the email address of the contact}
	 */
	public @Nullable String getEmail() {
		return this.email;
	}

	/**
	 * Set the email address of the contact.
	 * @param email the email address
	 */
	public void setEmail(@Nullable String email) {
		this.email = email;
	}

}
