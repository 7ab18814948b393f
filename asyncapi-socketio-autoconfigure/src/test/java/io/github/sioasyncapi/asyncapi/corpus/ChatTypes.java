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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.sioasyncapi.annotation.AckArguments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The model types of the differential corpus: what a chat service written from the README
 * uses. Records and POJOs, {@code Optional} and nullable fields, enums, dates and instants
 * (ISO-8601, of a {@code @JsonFormat} pattern, as a number),
 * maps, nested generics, a recursive type, polymorphism with and without a default subtype
 * and by deduction.
 */
public final class ChatTypes {

	private ChatTypes() {
	}

	/**
	 * A chat message: a record with constrained, optional and nullable components.
	 */
	public record ChatMessage(@NotBlank @Size(max = 40) String roomId, @NotBlank @Size(max = 200) String text,
			Optional<String> replyTo, @Nullable String editedBy, @NotNull Instant sentAt, @Min(0) @Max(5) int priority,
			boolean pinned, @Nullable Long threadId) {
	}

	/**
	 * A presence, one constant renamed on the wire.
	 */
	public enum Presence {

		ONLINE, AWAY, @JsonProperty("do_not_disturb")
		DO_NOT_DISTURB

	}

	/**
	 * A user profile: a POJO with getters and setters.
	 */
	public static class UserProfile {

		@NotNull
		@Pattern(regexp = "[a-z0-9_]{3,16}")
		private String userName;

		@Email
		private @Nullable String email;

		private @Nullable LocalDate birthday;

		private @Nullable Map<String, String> links;

		private @Nullable List<@NotBlank String> tags;

		@DecimalMin("0.0")
		@DecimalMax("5.0")
		private double rating;

		private @Nullable Presence presence;

		public String getUserName() {
			return this.userName;
		}

		public void setUserName(String userName) {
			this.userName = userName;
		}

		public @Nullable String getEmail() {
			return this.email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

		public @Nullable LocalDate getBirthday() {
			return this.birthday;
		}

		public void setBirthday(@Nullable LocalDate birthday) {
			this.birthday = birthday;
		}

		public @Nullable Map<String, String> getLinks() {
			return this.links;
		}

		public void setLinks(@Nullable Map<String, String> links) {
			this.links = links;
		}

		public @Nullable List<String> getTags() {
			return this.tags;
		}

		public void setTags(@Nullable List<String> tags) {
			this.tags = tags;
		}

		public double getRating() {
			return this.rating;
		}

		public void setRating(double rating) {
			this.rating = rating;
		}

		public @Nullable Presence getPresence() {
			return this.presence;
		}

		public void setPresence(@Nullable Presence presence) {
			this.presence = presence;
		}

	}

	/**
	 * One page of items: a generic record.
	 */
	public record Page<T>(@NotNull List<@Valid T> items, @PositiveOrZero int page, @Nullable String next) {
	}

	/**
	 * A generic envelope.
	 */
	public record Envelope<T>(@NotBlank String kind, T data) {
	}

	/**
	 * A comment with replies: a recursive type.
	 */
	public record Comment(@NotBlank String text, @Nullable List<@Valid Comment> replies) {
	}

	/**
	 * An attachment of a post, told apart by its {@code kind}; no default subtype.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = ImageAttachment.class, name = "image"),
			@JsonSubTypes.Type(value = LinkAttachment.class, name = "link") })
	public sealed interface Attachment permits ImageAttachment, LinkAttachment {

	}

	public record ImageAttachment(@NotBlank String url, @Positive int widthPx, @Positive int heightPx)
			implements Attachment {
	}

	public record LinkAttachment(@NotBlank @Pattern(regexp = "https?://\\S+") String href, Optional<String> title)
			implements Attachment {
	}

	/**
	 * A post with polymorphic attachments.
	 */
	public record Post(@NotBlank String body, @NotNull List<@NotNull @Valid Attachment> attachments) {
	}

	/**
	 * A notice, told apart by its {@code type}; a notice without (or with an unknown) type is
	 * plain.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = PlainNotice.class)
	@JsonSubTypes({ @JsonSubTypes.Type(value = MentionNotice.class, name = "mention"),
			@JsonSubTypes.Type(value = PlainNotice.class, name = "plain") })
	public abstract static class Notice {

		@NotBlank
		private String text;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	public static class MentionNotice extends Notice {

		@NotBlank
		private String mentionedUser;

		public String getMentionedUser() {
			return this.mentionedUser;
		}

		public void setMentionedUser(String mentionedUser) {
			this.mentionedUser = mentionedUser;
		}

	}

	public static class PlainNotice extends Notice {

	}

	/**
	 * Scalars of many kinds.
	 */
	public record Measurement(@NotNull UUID id, BigDecimal amount, @Nullable LocalDate day, Instant at, short small,
			long big, double ratio, float weight, @Nullable Boolean confirmed, byte level) {
	}

	/**
	 * The receipt of a message sent to a room.
	 */
	public record SendReceipt(String room, int copies, String text) {
	}

	/**
	 * Join a room.
	 */
	public record JoinRoom(@NotBlank String room, @NotEmpty String nickname) {
	}

	/**
	 * A custom error ack of the chat controller.
	 */
	public record ChatError(@NotBlank String code, String detail) {
	}

	/**
	 * A custom error ack of the global advice.
	 */
	public record RateLimited(String code, long retryAfterMs) {
	}

	/**
	 * A reaction to a message, acknowledged as four arguments, one of them polymorphic.
	 */
	@AckArguments
	public record Reaction(String messageId, int total, @Nullable Presence presence, Attachment attachment) {
	}

	/**
	 * Where a message went, acknowledged as three arguments, the last one optional.
	 */
	@AckArguments
	public record Moved(String room, ChatMessage message, Optional<String> replyTo) {
	}

	/**
	 * A reminder: a date of the application's own pattern, an instant written as a number of
	 * seconds, one written as whole milliseconds, a date written as its day number and a zoned
	 * date and time written with its zone ID (unless timestamps are on).
	 */
	public record Reminder(@NotBlank String text, @NotNull @JsonFormat(pattern = "dd.MM.yyyy") LocalDate due,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER) @Nullable Instant at,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) @Nullable Instant snoozedUntil,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) @Nullable LocalDate day,
			@JsonFormat(with = JsonFormat.Feature.WRITE_DATES_WITH_ZONE_ID) @Nullable ZonedDateTime local) {
	}

	/**
	 * A contact, its subtype deduced from the properties present ({@code DEDUCTION}): an
	 * e-mail contact has an {@code address}, a phone contact a {@code phone}.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
	@JsonSubTypes({ @JsonSubTypes.Type(EmailContact.class), @JsonSubTypes.Type(PhoneContact.class) })
	public sealed interface Contact permits EmailContact, PhoneContact {

	}

	public record EmailContact(@Nullable String address, @Nullable String label) implements Contact {
	}

	public record PhoneContact(@Nullable String phone, @Nullable String label, boolean textMessages)
			implements Contact {
	}

	/**
	 * A batch of items: a generic class, which {@code @Emits(payload = ...)} cannot name with
	 * its type argument.
	 * @param <T> the type of the items
	 */
	public static class Batch<T> {

		private @Nullable List<@Valid T> items;

		public @Nullable List<T> getItems() {
			return this.items;
		}

		public void setItems(@Nullable List<T> items) {
			this.items = items;
		}

	}

	/**
	 * A batch of comments: a subclass that fixes the type argument, so that
	 * {@code @Emits(payload = CommentBatch.class)} documents its items.
	 */
	public static class CommentBatch extends Batch<Comment> {

	}

}
