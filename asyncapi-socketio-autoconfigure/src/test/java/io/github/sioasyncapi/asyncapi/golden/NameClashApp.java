package io.github.sioasyncapi.asyncapi.golden;

import java.util.List;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.golden.clash.a.Player;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Two classes named {@code Player} in different packages, directly and inside a generic type,
 * and a class named {@code Error} like the error ack's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(NameClashApp.LobbyController.class)
public class NameClashApp {

	public record Page<T>(List<T> content) {
	}

	public record Error(String reason) {
	}

	@SocketIoController
	static class LobbyController {

		@OnEvent("join_lobby")
		Page<Player> join(Player player) {
			return new Page<>(List.of(player));
		}

		@OnEvent("join_game")
		Page<io.github.sioasyncapi.asyncapi.golden.clash.b.Player> join(
				io.github.sioasyncapi.asyncapi.golden.clash.b.Player player) {
			return new Page<>(List.of(player));
		}

		@OnEvent("report")
		Error report(Error error) {
			return error;
		}

	}

}
