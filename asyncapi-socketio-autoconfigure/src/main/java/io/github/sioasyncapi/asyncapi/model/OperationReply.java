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
