package io.github.sioasyncapi.asyncapi.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A Channel Object: one Socket.IO namespace, its address the namespace ({@code /} or
 * {@code /admin}), its messages references to {@code components.messages}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "address", "title", "summary", "description", "messages" })
public class Channel extends Extensible {

	private @Nullable String address;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private Map<String, Reference> messages = new LinkedHashMap<>();

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public Map<String, Reference> getMessages() {
		return this.messages;
	}

	public void setMessages(Map<String, Reference> messages) {
		this.messages = messages;
	}

}
