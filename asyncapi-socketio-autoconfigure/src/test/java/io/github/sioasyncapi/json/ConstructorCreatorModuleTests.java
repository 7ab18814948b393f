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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.StackWalker.Option;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ConstructorCreatorModule}.
 */
class ConstructorCreatorModuleTests {

	private final ObjectMapper mapper = JsonMapper.builder().addModule(new ConstructorCreatorModule()).build();

	private final ObjectMapper plain = JsonMapper.builder().build();

	@Test
	void recordsAreCreatedThroughTheirConstructorByReflection() {
		Move move = this.mapper.readValue("{\"x\": 1, \"y\": 2}", Move.class);
		assertThat(move).isEqualTo(new Move(1, 2, true));
		assertThat(this.plain.readValue("{\"x\": 1, \"y\": 2}", Move.class).reflective()).isFalse();
	}

	@Test
	void otherClassesAreLeftToJackson() {
		Player player = this.mapper.readValue("{\"name\": \"X\"}", Player.class);
		assertThat(player.name).isEqualTo("X");
		assertThat(player.reflective).isFalse();
	}

	@Test
	void aMapperThatSurvivedJavaSerializationStillCreatesRecords() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(this.mapper);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			ObjectMapper copy = (ObjectMapper) in.readObject();
			assertThat(copy.readValue("{\"x\": 1, \"y\": 2}", Move.class).x()).isEqualTo(1);
		}
	}

	@Test
	void aConstructorsExceptionIsReportedAsJacksonReportsIt() {
		String json = "{\"x\": -1, \"y\": 0}";
		ValueInstantiationException ours = catchFailure(this.mapper, json);
		ValueInstantiationException jacksons = catchFailure(this.plain, json);
		assertThat(ours.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("x must not be negative");
		assertThat(ours.getOriginalMessage()).isEqualTo(jacksons.getOriginalMessage());
	}

	@Test
	void aConstructorsErrorIsNotWrapped() {
		assertThatExceptionOfType(StackOverflowError.class)
			.isThrownBy(() -> this.mapper.readValue("{\"x\": 0, \"y\": -7}", Move.class));
	}

	private static ValueInstantiationException catchFailure(ObjectMapper mapper, String json) {
		try {
			mapper.readValue(json, Move.class);
		}
		catch (ValueInstantiationException ex) {
			return ex;
		}
		throw new AssertionError("no failure");
	}

	/** Whether the current constructor was called by {@code Constructor.newInstance}. */
	static boolean calledByReflection() {
		return StackWalker.getInstance(Option.SHOW_REFLECT_FRAMES)
			.walk((frames) -> frames.anyMatch((frame) -> frame.getClassName().equals("java.lang.reflect.Constructor")));
	}

	record Move(int x, int y, boolean reflective) {

		@JsonCreator
		Move(@JsonProperty("x") int x, @JsonProperty("y") int y) {
			this(x, y, calledByReflection());
			if (x < 0) {
				throw new IllegalArgumentException("x must not be negative");
			}
			if (y == -7) {
				throw new StackOverflowError("deep");
			}
		}

	}

	static final class Player {

		final String name;

		final boolean reflective = calledByReflection();

		@JsonCreator
		Player(@JsonProperty("name") String name) {
			this.name = name;
		}

	}

}
