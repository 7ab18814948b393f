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

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DatatypeFeatures;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DateTimeWire} says how Jackson writes each date and time, with and without
 * timestamps and with the {@code @JsonFormat} of a property, and the strict payload mapper
 * reads back what it writes, in that form only.
 */
class DateTimeWireTests {

	record Times(Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zonedDateTime,
			LocalDateTime localDateTime, LocalDate localDate, LocalTime localTime, OffsetTime offsetTime,
			YearMonth yearMonth, MonthDay monthDay, @JsonFormat(pattern = "dd.MM.yyyy") LocalDate patterned,
			@JsonFormat(pattern = "yyyy-MM-dd HH:mm") LocalDateTime minutes,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant number,
			@JsonFormat(shape = JsonFormat.Shape.STRING) Instant text,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) LocalDate epochDay,
			@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) Instant millis,
			@JsonFormat(with = JsonFormat.Feature.WRITE_DATES_WITH_ZONE_ID) ZonedDateTime zoned) {
	}

	private static final Times TIMES = new Times(Instant.parse("2026-12-05T10:00:00.5Z"),
			OffsetDateTime.parse("2026-12-05T10:00:00+01:00"), ZonedDateTime.parse("2026-12-05T10:00:00Z"),
			LocalDateTime.parse("2026-12-05T10:00:00"), LocalDate.parse("2026-12-05"), LocalTime.parse("10:00:30"),
			OffsetTime.parse("10:00+01:00"), YearMonth.of(2026, 12), MonthDay.of(12, 5), LocalDate.of(2026, 12, 24),
			LocalDateTime.parse("2026-12-05T10:30:00"), Instant.parse("2026-12-05T10:00:00Z"),
			Instant.parse("2026-12-05T10:00:00Z"), LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T10:00:00.25Z"),
			ZonedDateTime.parse("2026-12-05T10:00:00+01:00[Europe/Paris]"));

	@ParameterizedTest(name = "timestamps: {0}")
	@ValueSource(booleans = { false, true })
	void theFormIsWhatJacksonWritesAndTheStrictMapperReadsItBack(boolean timestamps) throws Exception {
		ObjectMapper mapper = mapper(timestamps);
		WireFormat wire = new WireFormat(mapper);
		JsonNode written = mapper.valueToTree(TIMES);
		for (RecordComponent component : Times.class.getRecordComponents()) {
			JsonNode value = written.get(component.getName());
			// @JsonFormat is not for record components: on the field
			JsonFormat format = Times.class.getDeclaredField(component.getName()).getAnnotation(JsonFormat.class);
			DateTimeWire form = wire.dateTime(component.getType(), format);
			assertThat(form).as(component.getName()).isNotNull();
			switch (form.shape()) {
				case STRING_WITH_ZONE_ID -> assertThat(value.asString()).as(component.getName())
					.isEqualTo("2026-12-05T10:00:00+01:00[Europe/Paris]")
					.matches(form.regex());
				case STRING -> {
					assertThat(value.isString()).as("%s: %s is a string", component.getName(), value).isTrue();
					if (form.regex() != null) {
						assertThat(value.asString()).matches(form.regex());
						assertThat(form.example()).matches(form.regex());
					}
				}
				case NUMBER -> assertThat(value.isNumber()).as("%s: %s is a number", component.getName(), value)
					.isTrue();
				case EPOCH_DAY -> assertThat(value.isIntegralNumber()).as("%s: %s is a day number",
						component.getName(), value)
					.isTrue();
				case EPOCH_MILLIS -> assertThat(value.isIntegralNumber()).as("%s: %s is a number of milliseconds",
						component.getName(), value)
					.isTrue();
				case ARRAY -> {
					assertThat(value.isArray()).as("%s: %s is an array", component.getName(), value).isTrue();
					assertThat(value.size()).isGreaterThanOrEqualTo(form.minFields());
					if (!form.fields().isEmpty()) {
						assertThat(value.size()).isLessThanOrEqualTo(form.fields().size());
					}
				}
			}
		}
		Times read = mapper.treeToValue(written, Times.class);
		assertThat(read.instant()).isEqualTo(TIMES.instant());
		assertThat(read.localDateTime()).isEqualTo(TIMES.localDateTime());
		assertThat(read.localDate()).isEqualTo(TIMES.localDate());
		assertThat(read.localTime()).isEqualTo(TIMES.localTime());
		assertThat(read.offsetTime()).isEqualTo(TIMES.offsetTime());
		assertThat(read.yearMonth()).isEqualTo(TIMES.yearMonth());
		assertThat(read.patterned()).isEqualTo(TIMES.patterned());
		assertThat(read.minutes()).isEqualTo(TIMES.minutes());
		assertThat(read.number()).isEqualTo(TIMES.number());
		assertThat(read.text()).isEqualTo(TIMES.text());
		assertThat(read.epochDay()).isEqualTo(TIMES.epochDay());
		assertThat(read.millis()).isEqualTo(TIMES.millis());
		assertThat(read.zoned().toInstant()).isEqualTo(TIMES.zoned().toInstant());
	}

	@Test
	void aZonedDateTimeWrittenWithItsZoneIdIsTextOfThatForm() {
		ObjectMapper mapper = new SocketIoJsonSupport(
				JsonMapper.builder().enable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID).build())
			.getMapper();
		DateTimeWire form = new WireFormat(mapper).dateTime(ZonedDateTime.class, null);
		assertThat(form.shape()).isEqualTo(DateTimeWire.Shape.STRING_WITH_ZONE_ID);
		assertThat(form.example()).isEqualTo("2024-01-31T13:45:30+01:00[Europe/Paris]").matches(form.regex());
		String written = mapper.valueToTree(TIMES).get("zonedDateTime").asString();
		assertThat(written).isEqualTo("2026-12-05T10:00:00Z").matches(form.regex());
		assertThat("2026-12-05T10:00:00.123456789-03:30[America/St_Johns]").matches(form.regex());
		assertThat("2026-12-05T10:00:00").doesNotMatch(form.regex());
		assertThat(mapper.readValue("{\"zonedDateTime\": \"2026-12-05T10:00:00+01:00[Europe/Paris]\"}", Times.class)
			.zonedDateTime()
			.toInstant()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
		// without the feature, the offset alone: RFC 3339's date-time
		assertThat(new WireFormat(mapper(false)).dateTime(ZonedDateTime.class, null).shape())
			.isEqualTo(DateTimeWire.Shape.STRING);
		// as a timestamp, a number however the zone is written as text
		assertThat(new WireFormat(mapper(true)).dateTime(ZonedDateTime.class,
				field("zoned").getAnnotation(JsonFormat.class)).shape()).isEqualTo(DateTimeWire.Shape.NUMBER);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "NUMBER_INT", "WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS off",
			"both NANOSECONDS features off" })
	void anInstantWrittenWithoutNanosecondsIsWholeMillisecondsAndReadAsSuch(String settings) {
		// Jackson writes milliseconds here and, unless READ_DATE_TIMESTAMPS_AS_NANOSECONDS is
		// off too, reads an integer back as seconds: its own value as a date in year 55,000
		JsonMapper.Builder builder = JsonMapper.builder().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
		if (!settings.equals("NUMBER_INT")) {
			builder.disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
		}
		if (settings.startsWith("both")) {
			builder.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS);
		}
		ObjectMapper mapper = new SocketIoJsonSupport(builder.build()).getMapper();
		String property = settings.equals("NUMBER_INT") ? "millis" : "instant";
		JsonFormat format = settings.equals("NUMBER_INT") ? field("millis").getAnnotation(JsonFormat.class) : null;
		assertThat(new WireFormat(mapper).dateTime(Instant.class, format).shape())
			.isEqualTo(DateTimeWire.Shape.EPOCH_MILLIS);
		Instant instant = Instant.parse("2026-12-05T10:00:00.25Z");
		Times times = new Times(instant, null, null, null, null, null, null, null, null, null, null, null, null, null,
				instant, null);
		JsonNode written = mapper.valueToTree(times);
		assertThat(written.get(property).isIntegralNumber()).isTrue();
		assertThat(written.get(property).asLong()).isEqualTo(instant.toEpochMilli());
		assertThat(property(mapper.treeToValue(written, Times.class), property)).isEqualTo(instant);
		assertThat(property(mapper.readValue("{\"" + property + "\": 1e3}", Times.class), property))
			.isEqualTo(Instant.ofEpochSecond(1));
		for (String refused : new String[] { "1.5", "\"2026-12-05T10:00:00Z\"", "9007199254740992" }) {
			assertThatExceptionOfType(DateTimeFormException.class).as(refused)
				.isThrownBy(() -> mapper.readValue("{\"" + property + "\": " + refused + "}", Times.class))
				.satisfies((ex) -> assertThat(ex.getExpected()).isEqualTo(
						"a whole number of milliseconds since the epoch from -9007199254740991 to 9007199254740991"));
		}
	}

	@Test
	void secondsAreReadAsSecondsWhenJacksonWouldReadIntegersAsMilliseconds() {
		ObjectMapper mapper = new SocketIoJsonSupport(JsonMapper.builder()
			.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.build()).getMapper();
		assertThat(new WireFormat(mapper).dateTime(Instant.class, null).shape()).isEqualTo(DateTimeWire.Shape.NUMBER);
		assertThat(mapper.readValue("{\"instant\": 1796464800}", Times.class).instant())
			.isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
		assertThat(mapper.readValue("{\"instant\": 1796464800.25}", Times.class).instant())
			.isEqualTo(Instant.parse("2026-12-05T10:00:00.25Z"));
	}

	@Test
	void withoutStrictScalarsTimestampsAreStillReadInTheirUnit() {
		ObjectMapper mapper = new SocketIoJsonSupport(
				JsonMapper.builder().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build(), false)
			.getMapper();
		Times read = mapper.readValue("{\"instant\": 1796464800, \"millis\": 1796464800250}", Times.class);
		assertThat(read.instant()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
		assertThat(read.millis()).isEqualTo(Instant.parse("2026-12-05T10:00:00.25Z"));
	}

	private static java.lang.reflect.Field field(String name) {
		try {
			return Times.class.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant property(Times times, String name) {
		return name.equals("millis") ? times.millis() : times.instant();
	}

	@ParameterizedTest(name = "timestamps: {0}")
	@ValueSource(booleans = { false, true })
	void aLocalDateOfShapeNumberIntIsADayNumberOnly(boolean timestamps) {
		ObjectMapper mapper = mapper(timestamps);
		assertThat(mapper.valueToTree(TIMES).get("epochDay").asLong()).isEqualTo(LocalDate.of(2026, 12, 5).toEpochDay());
		assertThat(mapper.readValue("{\"epochDay\": 0}", Times.class).epochDay()).isEqualTo(LocalDate.EPOCH);
		// a whole number, as JSON Schema's integers, however written
		assertThat(mapper.readValue("{\"epochDay\": 1e2}", Times.class).epochDay()).isEqualTo(LocalDate.ofEpochDay(100));
		for (String refused : new String[] { "[2026, 12, 5]", "\"2026-12-05\"", "20427.5", "365241780472" }) {
			assertThatExceptionOfType(DateTimeFormException.class).as(refused)
				.isThrownBy(() -> mapper.readValue("{\"epochDay\": " + refused + "}", Times.class))
				.satisfies((ex) -> assertThat(ex.getExpected()).isEqualTo(
						"a whole number of days since 1970-01-01 from -365243219162 to 365241780471"));
		}
	}

	@Test
	void timestampsAreNumbersAndArraysOnly() {
		ObjectMapper mapper = mapper(true);
		assertThat(mapper.readValue("{\"localDate\": [2026, 1, 2.0]}", Times.class).localDate())
			.isEqualTo(LocalDate.of(2026, 1, 2));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"localDate\": \"2026-01-02\"}", Times.class))
			.satisfies((ex) -> assertThat(ex.getExpected())
				.isEqualTo("an array of 3 integers [Year, MonthOfYear, DayOfMonth]"));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"localDate\": [2026, 13, 2]}", Times.class))
			.satisfies((ex) -> assertThat(ex.getPathReference()).endsWith("[1]"))
			.satisfies((ex) -> assertThat(ex.getExpected()).isEqualTo("an integer from 1 to 12 (MonthOfYear)"));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"localDate\": [2026, 1, 2, 3]}", Times.class))
			.satisfies((ex) -> assertThat(ex.getPathReference()).endsWith("[3]"));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"localDate\": []}", Times.class));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"offsetTime\": \"10:00+01:00\"}", Times.class))
			.satisfies((ex) -> assertThat(ex.getExpected())
				.isEqualTo("an array of 3 to 5 elements [hour, minute, second, nanosecond, offset]"));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"instant\": \"2026-12-05T10:00:00Z\"}", Times.class));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"instant\": 9007199254740992}", Times.class))
			.satisfies((ex) -> assertThat(ex.getExpected())
				.isEqualTo("a number of seconds since the epoch from -9007199254740991 to 9007199254740991"));
	}

	@Test
	void aPatternIsReadStrictlyWithItsYearOfEraAsAProlepticYear() {
		ObjectMapper mapper = mapper(false);
		assertThat(mapper.readValue("{\"patterned\": \"24.12.2026\"}", Times.class).patterned())
			.isEqualTo(LocalDate.of(2026, 12, 24));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"patterned\": \"2024-01-01\"}", Times.class))
			.satisfies((ex) -> assertThat(ex.getExpected()).isEqualTo("a string of the pattern dd.MM.yyyy"));
		assertThatExceptionOfType(DateTimeFormException.class)
			.isThrownBy(() -> mapper.readValue("{\"patterned\": \"30.02.2026\"}", Times.class));
		assertThat(DateTimeWire.readingPattern("dd.MM.yyyy 'by' G")).isEqualTo("dd.MM.yyyy 'by' G");
		assertThat(DateTimeWire.readingPattern("'year' yyyy")).isEqualTo("'year' uuuu");
	}

	@Test
	void patternsOfNumericFieldsAreRegularExpressions() {
		DateTimeWire date = DateTimeWire.of(LocalDate.class, JsonFormat.Value.forPattern("dd.MM.yyyy"),
				DatatypeFeatures.defaultFeatures());
		assertThat(date.regex()).isEqualTo("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$");
		assertThat(date.example()).isEqualTo("31.01.2024");
		assertThat(DateTimeWire.of(LocalDate.class, JsonFormat.Value.forPattern("d MMMM yyyy"),
				DatatypeFeatures.defaultFeatures()).regex())
			.isNull();
	}

	private static ObjectMapper mapper(boolean timestamps) {
		JsonMapper.Builder builder = JsonMapper.builder();
		if (timestamps) {
			builder.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
		}
		return new SocketIoJsonSupport(builder.build()).getMapper();
	}

}
