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

package io.github.sioasyncapi.asyncapi.golden;

import java.util.List;

import io.github.sioasyncapi.annotation.AckArguments;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Events of several arguments: a room name and a message, and a third, optional argument;
 * the remaining arguments of an event as varargs and as a list with element constraints; an
 * acknowledgement of several arguments; an emitted event of two arguments whose client
 * answers with two.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MultiArgApp.RoomController.class)
public class MultiArgApp {

	public record Message(@NotBlank @Size(max = 200) @Schema(example = "hello") String text) {
	}

	public record Options(boolean urgent) {
	}

	/**
	 * Where a player stands: sent as two or three ack arguments.
	 */
	@AckArguments
	public record Position(@Min(0) @Max(7) int x, @Min(0) @Max(7) int y, @Nullable String label) {
	}

	/**
	 * What a client answers to {@code moved}: two ack arguments.
	 */
	@AckArguments
	public record Seen(boolean seen, @Nullable @Size(max = 20) String by) {
	}

	@SocketIoController
	@Emits(event = "moved", payload = { Message.class, Options.class }, ack = Seen.class,
			summary = "Someone moved, with a message")
	static class RoomController {

		@OnEvent(value = "say", summary = "Say something in a room")
		String say(@Schema(example = "lobby") String room, Message message, @Nullable Options options) {
			return room;
		}

		@OnEvent("move")
		int move(@Min(0) @Max(7) int x, @Min(0) @Max(7) int y) {
			return x + y;
		}

		@OnEvent(value = "tag", summary = "Tag a room with any number of tags")
		int tag(@Schema(example = "lobby") String room, @Size(max = 5) String... tags) {
			return tags.length;
		}

		@OnEvent(value = "label", summary = "Label the room: at least one label")
		List<String> label(@RemainingArguments @Size(min = 1) List<@NotBlank @Size(max = 10) String> labels) {
			return labels;
		}

		@OnEvent(value = "where", summary = "Where the player stands, as x, y and a label")
		Position where() {
			return new Position(1, 2, null);
		}

	}

}
