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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The payload mapper reads scalars as the document describes them: strictly by default, with
 * the application's coercion settings when relaxed; and never loses data.
 */
class StrictScalarsTests {

	private final ObjectMapper strict = new SocketIoJsonSupport(JsonMapper.builder().build()).getMapper();

	private final ObjectMapper relaxed = new SocketIoJsonSupport(JsonMapper.builder().build(), false).getMapper();

	@ParameterizedTest(name = "{1} is no {0}")
	@CsvSource(delimiter = '|', textBlock = """
			java.lang.Integer     | "5"
			java.lang.Integer     | ""
			java.lang.Integer     | true
			java.lang.Integer     | 2.5
			java.lang.Integer     | 2.0000001
			java.lang.Integer     | 2147483648.0
			java.lang.Byte        | 2.56e2
			java.math.BigInteger  | 1e1001
			java.math.BigInteger  | 0.5
			java.lang.Long        | "5"
			java.lang.Double      | "0.5"
			java.math.BigDecimal  | "12.50"
			java.lang.Boolean     | "true"
			java.lang.Boolean     | 1
			java.lang.Boolean     | ""
			java.lang.String      | 5
			java.lang.String      | 2.5
			java.lang.String      | true
			java.time.Instant     | 5
			java.time.Instant     | 2.5
			java.time.Instant     | "5"
			java.time.Instant     | "12.50"
			java.time.Instant     | ""
			java.time.LocalDate   | [2024, 1, 31]
			java.time.LocalDate   | "2024-01-31T12:00:00Z"
			java.time.LocalDate   | 19000
			java.util.UUID        | 5
			java.net.URI          | 5
			java.lang.Float       | 3.40282350000000000000000000000000000000001E38
			java.lang.Float       | 1e39
			""")
	void strictScalarsRefuseOtherJsonTypes(Class<?> type, String json) {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.strict.readValue(json, type));
	}

	@Test
	void wholeNumbersWrittenWithAFractionOrAnExponentAreIntegersAsInJsonSchema() {
		assertThat(this.strict.readValue("2.0", Integer.class)).isEqualTo(2);
		assertThat(this.strict.readValue("2.0", int.class)).isEqualTo(2);
		assertThat(this.strict.readValue("-1e2", Long.class)).isEqualTo(-100L);
		assertThat(this.strict.readValue("1.27e2", byte.class)).isEqualTo((byte) 127);
		assertThat(this.strict.readValue("255.0", Byte.class)).as("as Jackson reads 255").isEqualTo((byte) -1);
		assertThat(this.strict.readValue("1e30", BigInteger.class)).isEqualTo(BigInteger.TEN.pow(30));
		assertThat(this.strict.readValue("{\"weight\": 5.0}", Grams.class)).isEqualTo(new Grams(5));
		assertThat(this.relaxed.readValue("2.0", Integer.class)).isEqualTo(2);
		assertThat(this.strict.readValue("[1, 2.0, 3e0]", int[].class)).containsExactly(1, 2, 3);
		assertThat(this.strict.readValue("[1, 2]", long[].class)).containsExactly(1L, 2L);
		assertThat(this.strict.readValue("{\"weights\": [5.0, 6]}", Shelf.class).weights()).containsExactly((short) 5,
				(short) 6);
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.strict.readValue("{\"weights\": [5.0, 6.5]}", Shelf.class))
			.satisfies((ex) -> assertThat(ex.getPathReference()).contains("[\"weights\"]", "[1]"));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.strict.readValue("[2.0, null]", int[].class))
			.satisfies((ex) -> assertThat(ex.getPathReference()).contains("[1]"));
	}

	record Shelf(short[] weights) {
	}

	record Grams(int weight) {
	}

	@Test
	void aFloatPropertyOutOfRangeIsRefused() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.strict.readValue("{\"weight\": 340282350000000000000000000000000000000.5}", Weight.class));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.strict.readValue("340282350000000000000000000000000000000.5", float.class));
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.strict
			.readValue("{\"weight\": 340282350000000000000000000000000000000.5}".getBytes(StandardCharsets.UTF_8), Weight.class));
	}

	record Weight(float weight) {
	}

	@Test
	void strictScalarsReadTheirOwnJsonTypes() {
		assertThat(this.strict.readValue("5", Integer.class)).isEqualTo(5);
		assertThat(this.strict.readValue("5", Double.class)).isEqualTo(5.0);
		assertThat(this.strict.readValue("\"x\"", String.class)).isEqualTo("x");
		assertThat(this.strict.readValue("\"2024-01-31T12:00:00Z\"", Instant.class))
			.isEqualTo(Instant.parse("2024-01-31T12:00:00Z"));
		assertThat(this.strict.readValue("\"2024-01-31\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
		assertThat(this.strict.readValue("\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"", UUID.class)).isNotNull();
		assertThat(this.strict.readValue("3.4028235E38", Float.class)).isEqualTo(Float.MAX_VALUE);
		assertThat(this.strict.readValue("12.50", BigDecimal.class)).isEqualTo(new BigDecimal("12.50"));
	}

	@Test
	void relaxedScalarsFollowTheApplicationsCoercionSettings() {
		assertThat(this.relaxed.readValue("\"5\"", Integer.class)).isEqualTo(5);
		assertThat(this.relaxed.readValue("5", String.class)).isEqualTo("5");
		assertThat(this.relaxed.readValue("true", String.class)).isEqualTo("true");
		assertThat(this.relaxed.readValue("0", Instant.class)).isEqualTo(Instant.EPOCH);
		assertThat(this.relaxed.readValue("5", URI.class)).isEqualTo(URI.create("5"));
		assertThat(this.relaxed.readValue("[2024, 1, 31]", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.relaxed.readValue("2.5", Integer.class))
			.as("no data lost, relaxed or not");
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.relaxed.readValue("1e39", Float.class));
	}

	@Test
	void theWireFormatTellsWhichConversionsTheMapperMakes() {
		assertThat(new WireFormat(this.strict).converts(LogicalType.Integer, Integer.class, CoercionInputShape.String))
			.isFalse();
		assertThat(new WireFormat(this.relaxed).converts(LogicalType.Integer, Integer.class, CoercionInputShape.String))
			.isTrue();
	}

	@Test
	void nullIsNoPrimitive() {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.relaxed.readValue("null", int.class));
		assertThat(this.strict.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
	}

	@Test
	void argumentsOfEventsAndAcksAreWrittenWithTheTypeIdsOfTheirClasses() {
		JavaType list = this.strict.getTypeFactory().constructCollectionType(List.class, Object.class);
		assertThat(this.strict.writerFor(list).writeValueAsString(List.of(new Circle(2))))
			.as("Jackson leaves the type id out in a List<Object>")
			.isEqualTo("[{\"radius\":2}]");
		SocketIoJsonSupport support = new SocketIoJsonSupport(JsonMapper.builder().build());
		ByteBuf buffer = Unpooled.buffer();
		support.writeValue(new ByteBufOutputStream(buffer), List.of("drawn", new Circle(2)));
		assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("[\"drawn\",{\"kind\":\"circle\",\"radius\":2}]");
	}

	@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
			property = "kind")
	@com.fasterxml.jackson.annotation.JsonSubTypes(@com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Circle.class,
			name = "circle"))
	interface Shape {

	}

	record Circle(int radius) implements Shape {
	}

}
