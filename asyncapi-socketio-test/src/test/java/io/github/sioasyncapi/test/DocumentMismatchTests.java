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

package io.github.sioasyncapi.test;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.test.SocketIoTester.Client;
import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.ToStringSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A server whose wire drifts from its own document makes the tester fail, naming the event,
 * the JSON path and the violated schema rule.
 */
@SpringBootTest(classes = DocumentMismatchTests.DriftingApplication.class,
		properties = "socketio.validation.undeclared-emits=allow")
@AutoConfigureSocketIoTester
class DocumentMismatchTests {

	@Autowired
	SocketIoTester tester;

	@Test
	void anAckWhoseSerializerBreaksItsDocumentedSchemaFails() {
		Client client = this.tester.connect();
		SocketIoTester.Ack ack = client.emitWithAck("read");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ack.as(Reading.class))
			.withMessageStartingWith("The ack of 'read' that client " + client.id() + " on namespace '/' at 127.0.0.1:")
			.withMessageContaining("received does not match the AsyncAPI document: it does not match any of its 2 messages")
			.withMessageContaining("message 'read_ack' (#/components/messages/read_ack):")
			.withMessageContaining("$.celsius: string found, number expected [type: \"number\" at "
					+ "#/components/schemas/Reading/properties/celsius/type]")
			.withMessageContaining("message 'error_ack' (#/components/messages/error_ack):")
			.withMessageContaining("$: required property 'error' not found [required:")
			.withMessageContaining("received: [{\"celsius\":\"21.5\"}]");
	}

	@Test
	void anAckThatBreaksARuleACustomizerAddedToTheDocumentFails() {
		Client client = this.tester.connect();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> client.emitWithAck("level").as(Level.class))
			.withMessageContaining("The ack of 'level'")
			.withMessageContaining("$.value: must have a maximum value of 5 [maximum: 5 at "
					+ "#/components/schemas/Level/properties/value/maximum]");
	}

	@Test
	void anEventTheDocumentDoesNotDescribeFails() {
		Client client = this.tester.connect();
		client.emit("surprise");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> client.expectEvent("surprised"))
			.withMessageContaining("The event 'surprised' that client " + client.id())
			.withMessageContaining("the document has no 'send' operation of an event 'surprised' on a channel with "
					+ "address '/'");
	}

	@Test
	void anEventWithAnUndocumentedPropertyValueFails() {
		Client client = this.tester.connect();
		client.emit("rank");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> client.expectEvent("ranked"))
			.withMessageContaining("$.rank: does not have a value in the enumeration [\"gold\", \"silver\"] [enum: "
					+ "[\"gold\",\"silver\"] at #/components/schemas/Ranked/properties/rank/enum]");
	}

	@Test
	void aMismatchTheTestDidNotLookAtFailsWhenTheClientCloses() {
		Client client = this.tester.connect();
		client.emit("rank");
		client.expectNoEvent("nothing");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(client::close)
			.withMessageStartingWith("client " + client.id() + " on namespace '/'")
			.withMessageContaining("received 1 message(s) that do not match the AsyncAPI document, which the test did "
					+ "not look at")
			.withMessageContaining("The event 'ranked'");
		client.close();
	}

	@Test
	void withoutValidationTheSameAcksAndEventsAreAccepted() {
		Client client = this.tester.mutate().validation(false).build().connect();
		assertThat(client.emitWithAck("level").as(Level.class)).isEqualTo(new Level(7));
		client.emit("surprise");
		assertThat(client.expectEvent("surprised").arguments()).isEmpty();
	}

	/** Sent as {"celsius": "21.5"}: its serializer writes a string where the document says a number. */
	record Reading(@JsonSerialize(using = ToStringSerializer.class) double celsius) {
	}

	record Level(int value) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Ranked(String rank) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(DriftingController.class)
	static class DriftingApplication {

		/** Documents levels up to 5, though the handler sends 7. */
		@Bean
		AsyncApiCustomizer levelsUpToFive() {
			return (document) -> ((ObjectNode) document.getComponents().getSchemas().get("Level").get("properties")
				.get("value")).put("maximum", 5);
		}

		/** Documents ranks gold and silver, though the handler sends bronze. */
		@Bean
		AsyncApiCustomizer goldAndSilverOnly() {
			return (document) -> ((ObjectNode) document.getComponents().getSchemas().get("Ranked").get("properties")
				.get("rank")).putArray("enum").add("gold").add("silver");
		}

	}

	@SocketIoController
	@Emits(event = "ranked", payload = Ranked.class)
	static class DriftingController {

		@OnEvent("read")
		Reading read() {
			return new Reading(21.5);
		}

		@OnEvent("level")
		Level level() {
			return new Level(7);
		}

		@OnEvent("surprise")
		void surprise(SocketIoEmitter emitter) {
			emitter.emit("surprised");
		}

		@OnEvent("rank")
		void rank(SocketIoEmitter emitter) {
			emitter.emit("ranked", new Ranked("bronze"));
		}

	}

}
