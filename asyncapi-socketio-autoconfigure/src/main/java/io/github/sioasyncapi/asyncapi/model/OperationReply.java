package io.github.sioasyncapi.asyncapi.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * An Operation Reply Object: the Socket.IO acknowledgement of an event, on the same channel.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "channel", "messages" })
public class OperationReply extends Extensible {

	private @Nullable Reference channel;

	private List<Reference> messages = new ArrayList<>();

	public @Nullable Reference getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable Reference channel) {
		this.channel = channel;
	}

	public List<Reference> getMessages() {
		return this.messages;
	}

	public void setMessages(List<Reference> messages) {
		this.messages = messages;
	}

}
