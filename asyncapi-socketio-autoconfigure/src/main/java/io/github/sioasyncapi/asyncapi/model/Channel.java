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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A Channel Object: one Socket.IO namespace, its address the namespace ({@code /} or
 * {@code /admin}), its messages references to {@code components.messages}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "address", "title", "summary", "description", "messages" })
public class Channel extends Extensible {

	private @Nullable String address;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private Map<String, Reference> messages = new LinkedHashMap<>();

	/**
	 * Create a channel without address or messages.
	 */
	public Channel() {
	}

	/**
	 * {@return the address: the namespace, such as {@code /} or {@code /admin}}
	 */
	public @Nullable String getAddress() {
		return this.address;
	}

	/**
	 * Set the address: the namespace, such as {@code /} or {@code /admin}.
	 * @param address the address
	 */
	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	/**
	 * {@return a human-readable title of the channel}
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Set a human-readable title of the channel.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * {@return a short summary of the channel}
	 */
	public @Nullable String getSummary() {
		return this.summary;
	}

	/**
	 * Set a short summary of the channel.
	 * @param summary the summary
	 */
	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	/**
	 * {@return a description of the channel (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the channel (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * {@return the messages of the channel by key, as references to
	 * {@code components.messages}; mutable}
	 */
	public Map<String, Reference> getMessages() {
		return this.messages;
	}

	/**
	 * Set the messages of the channel by key, as references to
	 * {@code components.messages}.
	 * @param messages the messages
	 */
	public void setMessages(Map<String, Reference> messages) {
		this.messages = messages;
	}

}
