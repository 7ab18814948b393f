package io.github.sioasyncapi.asyncapi.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * An Operation Object: an event the application receives or sends on a channel, with its
 * acknowledgement as {@link #getReply() reply}.
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

	public OperationAction getAction() {
		return this.action;
	}

	public void setAction(OperationAction action) {
		this.action = action;
	}

	public @Nullable Reference getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable Reference channel) {
		this.channel = channel;
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

	public List<Reference> getMessages() {
		return this.messages;
	}

	public void setMessages(List<Reference> messages) {
		this.messages = messages;
	}

	public @Nullable OperationReply getReply() {
		return this.reply;
	}

	public void setReply(@Nullable OperationReply reply) {
		this.reply = reply;
	}

}
