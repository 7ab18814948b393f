package io.github.sioasyncapi.asyncapi.golden;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Three namespaces with events of the same name, an event whose ack key is taken by another
 * event, an event name with characters that are not allowed in keys, and operation ids that
 * would clash.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ NamespacesApp.ChatController.class, NamespacesApp.AdminController.class,
		NamespacesApp.AdminV2Controller.class })
public class NamespacesApp {

	public record ChatMessage(@NotBlank String text) {
	}

	public record Kick(@NotBlank String user, String reason) {
	}

	@SocketIoController
	@Emits(event = "chat:message", payload = ChatMessage.class)
	static class ChatController {

		@OnEvent("chat:message")
		void send(ChatMessage message) {
		}

		@OnEvent("status")
		String status() {
			return "ok";
		}

		@OnEvent("status_ack")
		boolean statusAck(boolean value) {
			return value;
		}

		@OnEvent("admin_kick")
		void adminKick(Kick kick) {
		}

	}

	@SocketIoController("/admin")
	static class AdminController {

		@OnEvent("kick")
		void kick(Kick kick) {
		}

		@OnEvent("status")
		String status() {
			return "admin";
		}

	}

	@SocketIoController("/admin/v2")
	@Emits(event = "kicked", payload = Kick.class)
	static class AdminV2Controller {

		@OnEvent("kick")
		int kick(Kick kick) {
			return 1;
		}

	}

}
