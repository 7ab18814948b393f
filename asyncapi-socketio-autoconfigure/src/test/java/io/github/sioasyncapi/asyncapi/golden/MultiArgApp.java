package io.github.sioasyncapi.asyncapi.golden;

import io.github.sioasyncapi.annotation.OnEvent;
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
 * Multi-argument events: a room name and a message, and a third, optional argument.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MultiArgApp.RoomController.class)
public class MultiArgApp {

	public record Message(@NotBlank @Size(max = 200) @Schema(example = "hello") String text) {
	}

	public record Options(boolean urgent) {
	}

	@SocketIoController
	static class RoomController {

		@OnEvent(value = "say", summary = "Say something in a room")
		String say(@Schema(example = "lobby") String room, Message message, @Nullable Options options) {
			return room;
		}

		@OnEvent("move")
		int move(@Min(0) @Max(7) int x, @Min(0) @Max(7) int y) {
			return x + y;
		}

	}

}
