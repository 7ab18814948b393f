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
 * The Info Object: what the API is.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "title", "version", "description", "termsOfService", "contact", "license" })
public class Info extends Extensible {

	private String title = "";

	private String version = "";

	private @Nullable String description;

	private @Nullable String termsOfService;

	private @Nullable Contact contact;

	private @Nullable License license;

	/**
	 * Create an info object with an empty title and version.
	 */
	public Info() {
	}

	/**
	 * {@return the title of the API}
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Set the title of the API.
	 * @param title the title
	 */
	public void setTitle(String title) {
		this.title = title;
	}

	/**
	 * {@return the version of the API (not of AsyncAPI)}
	 */
	public String getVersion() {
		return this.version;
	}

	/**
	 * Set the version of the API (not of AsyncAPI).
	 * @param version the version
	 */
	public void setVersion(String version) {
		this.version = version;
	}

	/**
	 * {@return a description of the API (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the API (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * {@return the URL of the terms of service of the API}
	 */
	public @Nullable String getTermsOfService() {
		return this.termsOfService;
	}

	/**
	 * Set the URL of the terms of service of the API.
	 * @param termsOfService the URL
	 */
	public void setTermsOfService(@Nullable String termsOfService) {
		this.termsOfService = termsOfService;
	}

	/**
	 * {@return who to contact about the API}
	 */
	public @Nullable Contact getContact() {
		return this.contact;
	}

	/**
	 * Set who to contact about the API.
	 * @param contact the contact
	 */
	public void setContact(@Nullable Contact contact) {
		this.contact = contact;
	}

	/**
	 * {@return the license of the API}
	 */
	public @Nullable License getLicense() {
		return this.license;
	}

	/**
	 * Set the license of the API.
	 * @param license the license
	 */
	public void setLicense(@Nullable License license) {
		this.license = license;
	}

}
