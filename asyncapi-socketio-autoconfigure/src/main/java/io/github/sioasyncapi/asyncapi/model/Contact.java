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
