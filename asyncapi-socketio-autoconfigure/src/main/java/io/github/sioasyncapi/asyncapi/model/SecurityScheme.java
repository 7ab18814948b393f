package io.github.sioasyncapi.asyncapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A Security Scheme Object, for example type {@code http} with scheme {@code bearer}: how
 * clients prove who they are.
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

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getIn() {
		return this.in;
	}

	public void setIn(@Nullable String in) {
		this.in = in;
	}

	public @Nullable String getScheme() {
		return this.scheme;
	}

	public void setScheme(@Nullable String scheme) {
		this.scheme = scheme;
	}

	public @Nullable String getBearerFormat() {
		return this.bearerFormat;
	}

	public void setBearerFormat(@Nullable String bearerFormat) {
		this.bearerFormat = bearerFormat;
	}

}
