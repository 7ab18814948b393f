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

import java.time.Instant;
import java.time.LocalDate;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A tic-tac-toe game in the root namespace: a validated event with an ack, an event without
 * payload, declared emits (one acknowledged by the client), a connect guard reading auth data.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SimpleApp.GameController.class)
public class SimpleApp {

	/** Whose turn it is. */
	public enum Mark {

		X, O

	}

	@Schema(description = "A move on the 3x3 board.")
	public record MakeMove(
			@NotBlank @Size(max = 36) @Schema(description = "The game.", example = "g-1") String gameId,
			@Min(0) @Max(2) @Schema(description = "Column, from the left.", example = "1") int x,
			@Min(0) @Max(2) @Schema(description = "Row, from the top.", example = "2") int y,
			@NotNull Mark mark) {
	}

	public record MoveAck(boolean accepted, @Schema(description = "Moves played so far.") int moves) {
	}

	public record MoveMade(String gameId, int x, int y, Mark mark, Instant at) {
	}

	public record GameCreated(@Schema(example = "g-1") String gameId, LocalDate day) {
	}

	public record Invitation(String gameId, @Email @Schema(example = "ada@example.com") String from) {
	}

	public record InvitationAnswer(boolean accepted) {
	}

	public record Credentials(@NotBlank @Pattern(regexp = "[A-Za-z0-9]{8,}") @Schema(example = "secret123") String token) {
	}

	@SocketIoController
	@Emits(event = "game_created", payload = GameCreated.class, summary = "A game was created")
	static class GameController {

		@OnConnect
		boolean connect(Credentials credentials) {
			return credentials.token().startsWith("secret");
		}

		@OnDisconnect
		void disconnect(SocketIOClient client) {
		}

		@OnEvent(value = "make_move", summary = "Play one move",
				description = "Marks a cell of the board. The ack tells whether the move was accepted.")
		@Emits(event = "move_made", payload = MoveMade.class, summary = "Someone played")
		@Emits(event = "invite", payload = Invitation.class, ack = InvitationAnswer.class,
				summary = "Invite a player", description = "The client answers with an ack.")
		MoveAck makeMove(MakeMove move) {
			return new MoveAck(true, 1);
		}

		@OnEvent(value = "ping", summary = "Keep alive")
		void ping() {
		}

	}

}
