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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Message Object: one event (its {@code name} is the event name on the wire) or one
 * acknowledgement, with the JSON Schema of its payload.
 *
 * @since 0.1.0
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

	/**
	 * Create a message without name, payload or examples.
	 */
	public Message() {
	}

	/**
	 * {@return the name: the event name on the wire, for an event}
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Set the name: the event name on the wire, for an event.
	 * @param name the name
	 */
	public void setName(@Nullable String name) {
		this.name = name;
	}

	/**
	 * {@return a human-readable title of the message}
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Set a human-readable title of the message.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * {@return a short summary of the message}
	 */
	public @Nullable String getSummary() {
		return this.summary;
	}

	/**
	 * Set a short summary of the message.
	 * @param summary the summary
	 */
	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	/**
	 * {@return a description of the message (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the message (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * {@return the content type of the payload, for example {@code application/json}}
	 */
	public @Nullable String getContentType() {
		return this.contentType;
	}

	/**
	 * Set the content type of the payload, for example {@code application/json}.
	 * @param contentType the content type
	 */
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

	/**
	 * Set the payload's schema.
	 * @param payload the schema, or {@code null} for an event without payload
	 */
	public void setPayload(@Nullable JsonNode payload) {
		this.payload = payload;
	}

	/**
	 * {@return examples of the payload; mutable}
	 */
	public List<MessageExample> getExamples() {
		return this.examples;
	}

	/**
	 * Set examples of the payload.
	 * @param examples the examples
	 */
	public void setExamples(List<MessageExample> examples) {
		this.examples = examples;
	}

}
