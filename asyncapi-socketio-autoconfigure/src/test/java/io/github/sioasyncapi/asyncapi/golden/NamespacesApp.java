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
