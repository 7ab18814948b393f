package io.github.sioasyncapi.asyncapi.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Message Object: one event (its {@code name} is the event name on the wire) or one
 * acknowledgement, with the JSON Schema of its payload.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "name", "title", "summary", "description", "contentType", "payload", "examples" })
public class Message extends Extensible {

	private @Nullable String name;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private @Nullable String contentType;

	private @Nullable JsonNode payload;

	private List<MessageExample> examples = new ArrayList<>();

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
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

	public @Nullable String getContentType() {
		return this.contentType;
	}

	public void setContentType(@Nullable String contentType) {
		this.contentType = contentType;
	}

	/**
	 * The payload's schema: a JSON Schema (AsyncAPI Schema Object), often a reference to
	 * {@code components.schemas}.
	 * @return the schema, or {@code null} for an event without payload
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public @Nullable JsonNode getPayload() {
		return this.payload;
	}

	public void setPayload(@Nullable JsonNode payload) {
		this.payload = payload;
	}

	public List<MessageExample> getExamples() {
		return this.examples;
	}

	public void setExamples(List<MessageExample> examples) {
		this.examples = examples;
	}

}
