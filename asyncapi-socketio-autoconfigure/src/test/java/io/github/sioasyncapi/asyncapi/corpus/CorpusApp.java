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

package io.github.sioasyncapi.asyncapi.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoControllerAdvice;
import io.github.sioasyncapi.annotation.SocketIoExceptionHandler;
import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Attachment;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.ChatError;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.ChatMessage;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Comment;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.CommentBatch;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Contact;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Envelope;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.JoinRoom;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Measurement;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Moved;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Notice;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Page;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Post;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Presence;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.RateLimited;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Reaction;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.Reminder;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.SendReceipt;
import io.github.sioasyncapi.asyncapi.corpus.ChatTypes.UserProfile;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.error.ErrorAck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The differential corpus as an application: a chat service whose handlers echo what they
 * receive (as the ack, and as an emitted event where the type allows it), so that everything
 * the server reads it also writes: one argument, several, the remaining arguments of an event
 * (varargs of scalars and of a polymorphic type, a {@code @RemainingArguments} list with
 * element constraints), acknowledgements of several arguments and events emitted with two. {@code join_room} fails in three ways, answered by a local
 * exception handler, an advice handler with the application's own ack type, and an advice
 * handler with the default error ack and an application code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ CorpusApp.ChatController.class, CorpusApp.ChatAdvice.class })
public class CorpusApp {

	/** The room that {@code join_room} refuses with the controller's own error ack. */
	public static final String CLOSED_ROOM = "closed";

	/** The room that {@code join_room} refuses with the advice's rate limit ack. */
	public static final String BUSY_ROOM = "busy";

	/** The room that {@code join_room} refuses with an error ack of the application's code. */
	public static final String PRIVATE_ROOM = "private";

	@SocketIoController
	@Emits(event = "message_posted", payload = ChatMessage.class)
	@Emits(event = "profile_updated", payload = UserProfile.class)
	@Emits(event = "commented", payload = Comment.class)
	@Emits(event = "shared", payload = Post.class)
	@Emits(event = "notified", payload = Notice.class)
	@Emits(event = "measured", payload = Measurement.class)
	@Emits(event = "message_moved", payload = { JoinRoom.class, ChatMessage.class })
	@Emits(event = "attached", payload = { Attachment.class, Attachment.class })
	@Emits(event = "reminded", payload = Reminder.class)
	@Emits(event = "contact_saved", payload = Contact.class)
	@Emits(event = "batched", payload = CommentBatch.class)
	static class ChatController {

		@OnEvent("post_message")
		ChatMessage postMessage(ChatMessage message, SocketIoEmitter emitter) {
			emitter.emit("message_posted", message);
			return message;
		}

		@OnEvent("update_profile")
		UserProfile updateProfile(UserProfile profile, SocketIoEmitter emitter) {
			emitter.emit("profile_updated", profile);
			return profile;
		}

		@OnEvent("list_messages")
		Envelope<Map<String, List<Integer>>> listMessages(Page<ChatMessage> page) {
			Map<String, List<Integer>> priorities = new LinkedHashMap<>();
			page.items()
				.stream()
				.filter(Objects::nonNull)
				.forEach((message) -> priorities.computeIfAbsent(message.roomId(), (room) -> new ArrayList<>())
					.add(message.priority()));
			return new Envelope<>("priorities", priorities);
		}

		@OnEvent("echo_page")
		Page<Comment> echoPage(Page<Comment> page) {
			return page;
		}

		@OnEvent("comment")
		Comment comment(Comment comment, SocketIoEmitter emitter) {
			emitter.emit("commented", comment);
			return comment;
		}

		@OnEvent("share")
		Post share(Post post, SocketIoEmitter emitter) {
			emitter.emit("shared", post);
			return post;
		}

		@OnEvent("notify")
		Notice notify(Notice notice, SocketIoEmitter emitter) {
			emitter.emit("notified", notice);
			return notice;
		}

		@OnEvent("measure")
		Measurement measure(Measurement measurement, SocketIoEmitter emitter) {
			emitter.emit("measured", measurement);
			return measurement;
		}

		@OnEvent("remind")
		Reminder remind(Reminder reminder, SocketIoEmitter emitter) {
			emitter.emit("reminded", reminder);
			return reminder;
		}

		@OnEvent("save_contact")
		Contact saveContact(Contact contact, SocketIoEmitter emitter) {
			emitter.emit("contact_saved", contact);
			return contact;
		}

		@OnEvent("batch")
		CommentBatch batch(CommentBatch batch, SocketIoEmitter emitter) {
			emitter.emit("batched", batch);
			return batch;
		}

		@OnEvent("send_to")
		SendReceipt sendTo(@NotBlank String room, @Valid ChatMessage message, @Nullable @Min(1) Integer copies) {
			return new SendReceipt(room, (copies != null) ? copies : 1, message.text());
		}

		@OnEvent("set_topic")
		String setTopic(@NotBlank @Size(max = 50) String topic) {
			return topic;
		}

		@OnEvent("set_volume")
		int setVolume(@Min(0) @Max(10) int volume) {
			return volume;
		}

		@OnEvent("tag")
		List<String> tag(List<@NotBlank String> tags) {
			return tags;
		}

		@OnEvent("score")
		Map<String, Integer> score(Map<String, @Min(0) Integer> scores) {
			return scores;
		}

		@OnEvent("set_presence")
		Presence setPresence(Presence presence) {
			return presence;
		}

		@OnEvent("maybe_reply")
		String maybeReply(Optional<@Size(max = 10) String> replyTo) {
			return replyTo.orElse("none");
		}

		@OnEvent("raw")
		JsonNode raw(JsonNode any) {
			return any;
		}

		@OnEvent("mention")
		List<String> mention(@NotBlank String roomId, @Size(max = 4) String... nicknames) {
			return List.of(nicknames);
		}

		@OnEvent("attach")
		Attachment[] attach(@Positive long postId, SocketIoEmitter emitter, Attachment... attachments) {
			if (attachments.length > 0) {
				emitter.emit("attached", attachments[0], attachments[attachments.length - 1]);
			}
			return attachments;
		}

		@OnEvent("label")
		List<String> label(@RemainingArguments @Size(min = 1, max = 3) List<@NotBlank @Size(max = 12) String> labels) {
			return labels;
		}

		@OnEvent("react")
		Reaction react(@NotBlank @Size(max = 40) String messageId, @Min(-1) @Max(1) int delta,
				@Nullable Presence presence, @Valid Attachment attachment) {
			return new Reaction(messageId, 10 + delta, presence, attachment);
		}

		@OnEvent("move_message")
		Moved moveMessage(JoinRoom to, @Valid ChatMessage message, SocketIoEmitter emitter) {
			emitter.emit("message_moved", to, message);
			return new Moved(to.room(), message, message.replyTo());
		}

		@OnEvent("join_room")
		JoinRoom joinRoom(JoinRoom join) {
			switch (join.room()) {
				case CLOSED_ROOM -> throw new NotInRoomException(join.room());
				case BUSY_ROOM -> throw new RateLimitedException();
				case PRIVATE_ROOM -> throw new PrivateRoomException();
				default -> {
					return join;
				}
			}
		}

		@SocketIoExceptionHandler
		ChatError notInRoom(NotInRoomException ex) {
			return new ChatError("not_in_room", ex.getMessage());
		}

	}

	@SocketIoControllerAdvice
	static class ChatAdvice {

		@SocketIoExceptionHandler
		RateLimited rateLimited(RateLimitedException ex) {
			return new RateLimited("rate_limited", 1500);
		}

		@SocketIoExceptionHandler
		ErrorAck privateRoom(PrivateRoomException ex) {
			return new ErrorAck(new ErrorAck.Error("private_room", "This room is private", List.of(), null));
		}

	}

	static class NotInRoomException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotInRoomException(String room) {
			super("Not in room " + room);
		}

	}

	static class RateLimitedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

	static class PrivateRoomException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
