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

/**
 * An Operation Object: an event the application receives or sends on a channel, with its
 * acknowledgement as {@link #getReply() reply}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "action", "channel", "title", "summary", "description", "messages", "reply" })
public class Operation extends Extensible {

	private OperationAction action = OperationAction.RECEIVE;

	private @Nullable Reference channel;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private List<Reference> messages = new ArrayList<>();

	private @Nullable OperationReply reply;

	/**
	 * Create an operation of action {@code receive}, without channel or messages.
	 */
	public Operation() {
	}

	/**
	 * {@return whether the application sends or receives the messages}
	 */
	public OperationAction getAction() {
		return this.action;
	}

	/**
	 * Set whether the application sends or receives the messages.
	 * @param action the action
	 */
	public void setAction(OperationAction action) {
		this.action = action;
	}

	/**
	 * {@return the channel of the operation, as a reference}
	 */
	public @Nullable Reference getChannel() {
		return this.channel;
	}

	/**
	 * Set the channel of the operation, as a reference.
	 * @param channel the reference to the channel
	 */
	public void setChannel(@Nullable Reference channel) {
		this.channel = channel;
	}

	/**
	 * {@return a human-readable title of the operation}
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Set a human-readable title of the operation.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * {@return a short summary of the operation}
	 */
	public @Nullable String getSummary() {
		return this.summary;
	}

	/**
	 * Set a short summary of the operation.
	 * @param summary the summary
	 */
	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	/**
	 * {@return a description of the operation (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the operation (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * {@return the messages of the operation, as references to messages of its channel;
	 * mutable}
	 */
	public List<Reference> getMessages() {
		return this.messages;
	}

	/**
	 * Set the messages of the operation, as references to messages of its channel.
	 * @param messages the messages
	 */
	public void setMessages(List<Reference> messages) {
		this.messages = messages;
	}

	/**
	 * {@return the acknowledgement of the event, if it has one}
	 */
	public @Nullable OperationReply getReply() {
		return this.reply;
	}

	/**
	 * Set the acknowledgement of the event, if it has one.
	 * @param reply the reply, or {@code null} for an event without acknowledgement
	 */
	public void setReply(@Nullable OperationReply reply) {
		this.reply = reply;
	}

}
