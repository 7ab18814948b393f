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

package io.github.sioasyncapi.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.corundumstudio.socketio.protocol.Event;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link SocketIoJsonSupport} reads event packets.
 */
class SocketIoJsonSupportEventTests {

	// unknown properties ignored, as Spring Boot configures the application's mapper
	private final SocketIoJsonSupport support = new SocketIoJsonSupport(
			JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

	private final ObjectReader moveReader = this.support.getMapper().readerFor(Move.class);

	@Test
	void argumentsWithAReaderAreReadStraightIntoTheirTypeAndKeepTheirJson() {
		this.support.addEventMapping("", "make_move", JsonNode.class);
		this.support.addArgumentReaders("", "make_move", readers(this.moveReader, null));
		Event event = read("[\"make_move\", {\"x\": 1,  \"y\": 2, \"extra\": true}, {\"note\": [1, 2]}]");
		assertThat(event.getName()).isEqualTo("make_move");
		assertThat(event.getArgs()).hasSize(2);
		DecodedArgument move = (DecodedArgument) event.getArgs().get(0);
		assertThat(move.getValue()).isEqualTo(new Move(1, 2));
		assertThat(move.toTree()).isEqualTo(json("{\"x\": 1, \"y\": 2, \"extra\": true}"));
		assertThat(event.getArgs().get(1)).isEqualTo(json("{\"note\": [1, 2]}"));
	}

	@Test
	void anArgumentThatDoesNotFitItsTypeTurnsTheWholeEventIntoTrees() {
		this.support.addEventMapping("/game", "make_move", JsonNode.class);
		this.support.addArgumentReaders("/game", "make_move", readers(this.moveReader, this.moveReader));
		Event event = read("[\"make_move\", {\"x\": 1, \"y\": 2}, {\"x\": \"left\", \"y\": 2}]", "/game");
		assertThat(event.getName()).isEqualTo("make_move");
		assertThat(event.getArgs()).containsExactly(json("{\"x\": 1, \"y\": 2}"), json("{\"x\": \"left\", \"y\": 2}"));
	}

	@Test
	void aDeserializerThatThrowsSomethingElseTurnsTheEventIntoTreesToo() {
		this.support.addEventMapping("", "pick", JsonNode.class);
		this.support.addArgumentReaders("", "pick", readers(this.support.getMapper().readerFor(Picky.class)));
		Event event = read("[\"pick\", \"anything\"]");
		assertThat(event.getName()).isEqualTo("pick");
		assertThat(event.getArgs()).containsExactly(json("\"anything\""));
	}

	@Test
	void argumentsOfPacketsWithoutByteOffsetsStayTrees() {
		this.support.addEventMapping("", "make_move", JsonNode.class);
		this.support.addArgumentReaders("", "make_move", readers(this.moveReader));
		String packet = "[\"make_move\", {\"x\": 1, \"y\": 2}]";
		ByteBufInputStream in = new ByteBufInputStream(
				Unpooled.wrappedBuffer(packet.getBytes(StandardCharsets.UTF_16LE)));
		Event event = this.support.readValue("", in, Event.class);
		assertThat(event.getName()).isEqualTo("make_move");
		assertThat(event.getArgs()).containsExactly(json("{\"x\": 1, \"y\": 2}"));
	}

	@Test
	void nullArgumentsStayTreesForTheHandlerToJudge() {
		this.support.addEventMapping("", "make_move", JsonNode.class);
		this.support.addArgumentReaders("", "make_move", readers(this.moveReader, this.moveReader, this.moveReader));
		Event event = read("[\"make_move\", null]");
		assertThat(event.getArgs()).containsExactly(NullNode.getInstance());
	}

	@Test
	void eventsWithoutReadersAreTrees() {
		this.support.addEventMapping("", "chat", JsonNode.class);
		Event event = read("[\"chat\", \"hello\", 3]");
		assertThat(event.getArgs()).containsExactly(json("\"hello\""), json("3"));
	}

	@Test
	void listenersWithClassesGetTheirClasses() {
		this.support.addEventMapping("", "move", Move.class, Optional.class);
		this.support.addArgumentReaders("", "move", readers(this.moveReader));
		Event event = read("[\"move\", {\"x\": 0, \"y\": 0}]");
		assertThat(event.getArgs()).containsExactly(new Move(0, 0));
	}

	@Test
	void unknownEventsArriveUnderTheirOwnNameWithTheOriginalNameFirst() {
		Event event = read("[\"nobody_listens\", {\"a\": 1}]");
		assertThat(event.getName()).isEqualTo(SocketIoJsonSupport.UNKNOWN_EVENT);
		assertThat(event.getArgs()).containsExactly(json("\"nobody_listens\""), json("{\"a\": 1}"));
	}

	@Test
	void packetsThatAreNotEventsAreMalformed() {
		assertThat(problem("[\"make_move\", {\"x\": 1,")).startsWith("is not valid JSON");
		assertThat(problem("{\"event\": \"make_move\"}")).isEqualTo("must be an array that starts with the event name");
		assertThat(problem("[42, {}]")).isEqualTo("must be an array that starts with the event name");
		assertThat(problem("[]")).isEqualTo("must be an array that starts with the event name");
	}

	private String problem(String packet) {
		Event event = read(packet);
		assertThat(event.getName()).isEqualTo(SocketIoJsonSupport.MALFORMED_EVENT);
		return ((JsonNode) event.getArgs().get(0)).stringValue();
	}

	private Event read(String packet) {
		return read(packet, "");
	}

	private Event read(String packet, String namespace) {
		ByteBufInputStream in = new ByteBufInputStream(Unpooled.wrappedBuffer(packet.getBytes(StandardCharsets.UTF_8)));
		return this.support.readValue(namespace, in, Event.class);
	}

	private JsonNode json(String json) {
		return this.support.getMapper().readTree(json);
	}

	private static List<@Nullable ObjectReader> readers(@Nullable ObjectReader... readers) {
		List<@Nullable ObjectReader> list = new ArrayList<>();
		for (ObjectReader reader : readers) {
			list.add(reader);
		}
		return list;
	}

	record Move(int x, int y) {
	}

	record Picky(String value) {

		@JsonCreator
		static Picky of(String value) {
			throw new IllegalStateException("not today");
		}

	}

}
