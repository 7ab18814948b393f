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
 * An Operation Reply Object: the Socket.IO acknowledgement of an event, on the same channel.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "channel", "messages" })
public class OperationReply extends Extensible {

	private @Nullable Reference channel;

	private List<Reference> messages = new ArrayList<>();

	/**
	 * Create a reply without channel or messages.
	 */
	public OperationReply() {
	}

	/**
	 * {@return the channel of the reply, as a reference (the channel of the operation)}
	 */
	public @Nullable Reference getChannel() {
		return this.channel;
	}

	/**
	 * Set the channel of the reply, as a reference (the channel of the operation).
	 * @param channel the reference to the channel
	 */
	public void setChannel(@Nullable Reference channel) {
		this.channel = channel;
	}

	/**
	 * {@return the messages of the reply, as references to messages of its channel;
	 * mutable}
	 */
	public List<Reference> getMessages() {
		return this.messages;
	}

	/**
	 * Set the messages of the reply, as references to messages of its channel.
	 * @param messages the messages
	 */
	public void setMessages(List<Reference> messages) {
		this.messages = messages;
	}

}
