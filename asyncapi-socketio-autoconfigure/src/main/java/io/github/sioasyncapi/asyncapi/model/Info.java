package io.github.sioasyncapi.asyncapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The Info Object: what the API is.
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getTermsOfService() {
		return this.termsOfService;
	}

	public void setTermsOfService(@Nullable String termsOfService) {
		this.termsOfService = termsOfService;
	}

	public @Nullable Contact getContact() {
		return this.contact;
	}

	public void setContact(@Nullable Contact contact) {
		this.contact = contact;
	}

	public @Nullable License getLicense() {
		return this.license;
	}

	public void setLicense(@Nullable License license) {
		this.license = license;
	}

}
