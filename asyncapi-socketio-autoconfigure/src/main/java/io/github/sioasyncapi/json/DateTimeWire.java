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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.cfg.DatatypeFeatures;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * How a {@code java.time} value is written by Jackson, which is how the payload mapper reads it
 * with strict scalars and how the AsyncAPI document describes it: an ISO-8601 string (for a
 * {@code ZonedDateTime} with {@code DateTimeFeature.WRITE_DATES_WITH_ZONE_ID}, with its zone
 * ID after the offset), a string of a {@code @JsonFormat(pattern = ...)}, a whole number of
 * days since 1970-01-01 (a {@code LocalDate} of {@code @JsonFormat(shape = NUMBER_INT)}), a
 * number of seconds since the epoch ({@code Instant}, {@code OffsetDateTime},
 * {@code ZonedDateTime} written as timestamps), a whole number of milliseconds since the epoch
 * (the same written as timestamps without nanoseconds: {@code @JsonFormat(shape = NUMBER_INT)},
 * or {@code DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS} off for the mapper or the
 * property), or an array of its fields ({@code LocalDate} as {@code [2026, 1, 2]},
 * {@code LocalDateTime}, {@code LocalTime}, {@code YearMonth} written as timestamps). Values are written as timestamps
 * when {@code DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS} is on
 * ({@code spring.jackson.datatype.datetime.write-dates-as-timestamps}) and the property has
 * neither a pattern nor {@code shape = STRING}, or when the property's {@code @JsonFormat} asks
 * for a number or an array.
 *
 * @param type the date or time type
 * @param shape the JSON shape
 * @param pattern the {@link DateTimeFormatter} pattern of a {@link Shape#STRING} form, or
 * {@code null} for ISO-8601
 * @param fields the fields of the {@link Shape#ARRAY} form, in order; empty otherwise, and for
 * {@code OffsetTime}, whose array ends with its offset string
 * @param minFields how many of the fields the array has at least (trailing zero seconds and
 * nanoseconds are left out)
 * @since 0.1.0
 */
public record DateTimeWire(Class<?> type, Shape shape, @Nullable String pattern, List<ChronoField> fields,
		int minFields) {

	/** The types whose timestamp is a number of seconds since the epoch. */
	private static final Set<Class<?>> INSTANTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

	/** The types whose timestamp is an array of fields, with how many of them it has at least. */
	private static final Map<Class<?>, List<ChronoField>> ARRAYS = Map.of(LocalDate.class,
			List.of(ChronoField.YEAR, ChronoField.MONTH_OF_YEAR, ChronoField.DAY_OF_MONTH), LocalDateTime.class,
			List.of(ChronoField.YEAR, ChronoField.MONTH_OF_YEAR, ChronoField.DAY_OF_MONTH, ChronoField.HOUR_OF_DAY,
					ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE, ChronoField.NANO_OF_SECOND),
			LocalTime.class, List.of(ChronoField.HOUR_OF_DAY, ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE,
					ChronoField.NANO_OF_SECOND),
			YearMonth.class, List.of(ChronoField.YEAR, ChronoField.MONTH_OF_YEAR));

	private static final Map<Class<?>, Integer> MIN_FIELDS = Map.of(LocalDate.class, 3, LocalDateTime.class, 5,
			LocalTime.class, 2, YearMonth.class, 2);

	/** The dates and times whose form this describes. */
	static final Set<Class<?>> TYPES = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
			LocalDateTime.class, LocalDate.class, LocalTime.class, OffsetTime.class, YearMonth.class, MonthDay.class);

	/** The largest whole number a double holds exactly, JavaScript's {@code Number.MAX_SAFE_INTEGER}. */
	private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

	/**
	 * The ISO-8601 text of a {@code ZonedDateTime} that Jackson reads: a date and time, an
	 * offset and, optionally, a zone ID in brackets.
	 */
	private static final String ZONED_REGEX = "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
			+ "(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\\[[^\\]]+\\])?$";

	/** A date and time that examples of patterns show. */
	private static final LocalDateTime SAMPLE = LocalDateTime.of(2024, 1, 31, 13, 45, 30);

	/**
	 * The JSON shape of a date or time.
	 *
	 * @since 0.1.0
	 */
	public enum Shape {

		/** A string: ISO-8601, or of a pattern. */
		STRING,

		/**
		 * An ISO-8601 string with the zone ID after the offset
		 * ({@code 2024-01-31T13:45:30+01:00[Europe/Paris]}): a {@code ZonedDateTime} written
		 * as text with {@code DateTimeFeature.WRITE_DATES_WITH_ZONE_ID}, for the mapper or the
		 * property.
		 */
		STRING_WITH_ZONE_ID,

		/** A number of seconds since the epoch, with nanoseconds as the fraction. */
		NUMBER,

		/**
		 * A whole number of milliseconds since the epoch: an {@code Instant},
		 * {@code OffsetDateTime} or {@code ZonedDateTime} written as a timestamp without
		 * nanoseconds.
		 */
		EPOCH_MILLIS,

		/**
		 * A whole number of days since 1970-01-01: a {@code LocalDate} whose
		 * {@code @JsonFormat} asks for {@code shape = NUMBER_INT}.
		 */
		EPOCH_DAY,

		/** An array of integer fields. */
		ARRAY

	}

	/**
	 * The form of a date or time type.
	 * @param type the type
	 * @param format the format of the property (its {@code @JsonFormat} merged with the type's
	 * and the mapper's defaults)
	 * @param features the mapper's date and time features:
	 * {@code DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS},
	 * {@code DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS} and
	 * {@code DateTimeFeature.WRITE_DATES_WITH_ZONE_ID}
	 * @return the form, or {@code null} when the type is not a date or time that this describes
	 */
	public static @Nullable DateTimeWire of(Class<?> type, JsonFormat.Value format, DatatypeFeatures features) {
		if (!TYPES.contains(type)) {
			return null;
		}
		boolean timestamps = features.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
		JsonFormat.Shape shape = format.getShape();
		boolean asTimestamp;
		if (shape == JsonFormat.Shape.ARRAY || shape.isNumeric()) {
			asTimestamp = true;
		}
		else if (shape == JsonFormat.Shape.STRING || format.hasPattern()) {
			asTimestamp = false;
		}
		else {
			asTimestamp = timestamps;
		}
		if (type == LocalDate.class && shape == JsonFormat.Shape.NUMBER_INT) {
			// Jackson writes and reads LocalDate.toEpochDay(), not the array of its fields
			return new DateTimeWire(type, Shape.EPOCH_DAY, null, List.of(), 0);
		}
		if (asTimestamp && INSTANTS.contains(type)) {
			return new DateTimeWire(type, writesNanoseconds(format, features) ? Shape.NUMBER : Shape.EPOCH_MILLIS,
					null, List.of(), 0);
		}
		List<ChronoField> fields = ARRAYS.get(type);
		if (asTimestamp && fields != null) {
			return new DateTimeWire(type, Shape.ARRAY, null, fields, MIN_FIELDS.get(type));
		}
		if (asTimestamp && type == OffsetTime.class) {
			// its fields and then its offset: [10, 30, "+01:00"]
			return new DateTimeWire(type, Shape.ARRAY, null, List.of(), 3);
		}
		if (type == ZonedDateTime.class && !asTimestamp && !format.hasPattern() && writesZoneId(format, features)) {
			return new DateTimeWire(type, Shape.STRING_WITH_ZONE_ID, null, List.of(), 0);
		}
		// MonthDay is a string in any case
		return new DateTimeWire(type, Shape.STRING, format.hasPattern() ? format.getPattern() : null, List.of(), 0);
	}

	/**
	 * Whether Jackson writes a {@code ZonedDateTime} as text with its zone ID: the property's
	 * {@code JsonFormat.Feature.WRITE_DATES_WITH_ZONE_ID}, else the mapper's.
	 */
	private static boolean writesZoneId(JsonFormat.Value format, DatatypeFeatures features) {
		Boolean feature = format.getFeature(JsonFormat.Feature.WRITE_DATES_WITH_ZONE_ID);
		return (feature != null) ? feature : features.isEnabled(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID);
	}

	/**
	 * Whether Jackson writes a timestamp of an instant with its nanoseconds, as a decimal
	 * number of seconds, or as a whole number of milliseconds: the property's
	 * {@code JsonFormat.Feature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS} first, then its shape
	 * ({@code NUMBER_INT} without, {@code NUMBER_FLOAT} with), then the mapper's feature, as
	 * Jackson's serializers of instants decide.
	 */
	private static boolean writesNanoseconds(JsonFormat.Value format, DatatypeFeatures features) {
		Boolean feature = format.getFeature(JsonFormat.Feature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
		if (feature != null) {
			return feature;
		}
		if (format.getShape() == JsonFormat.Shape.NUMBER_INT) {
			return false;
		}
		return format.getShape() == JsonFormat.Shape.NUMBER_FLOAT
				|| features.isEnabled(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
	}

	/**
	 * The smallest number of seconds since the epoch of a {@link Shape#NUMBER} form: the
	 * type's, but not below {@code -(2^53 - 1)}, below which JavaScript clients, which read
	 * numbers as doubles, lose whole seconds (year -285 million).
	 * @return the bound
	 */
	public BigDecimal minimumSeconds() {
		long min = (this.type == Instant.class) ? Instant.MIN.getEpochSecond()
				: LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
		return BigDecimal.valueOf(Math.max(min, -MAX_SAFE_INTEGER));
	}

	/**
	 * The largest number of seconds since the epoch of a {@link Shape#NUMBER} form: the
	 * type's, but not above {@code 2^53 - 1} (year 285 million), see
	 * {@link #minimumSeconds()}.
	 * @return the bound
	 */
	public BigDecimal maximumSeconds() {
		long max = (this.type == Instant.class) ? Instant.MAX.getEpochSecond()
				: LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
		return BigDecimal.valueOf(Math.min(max, MAX_SAFE_INTEGER));
	}

	/**
	 * The smallest number of milliseconds since the epoch of an {@link Shape#EPOCH_MILLIS}
	 * form: {@code -(2^53 - 1)}, within the range of every type of that form and the whole
	 * numbers JavaScript clients read exactly (year -283 thousand).
	 * @return the bound
	 */
	public BigDecimal minimumMillis() {
		return BigDecimal.valueOf(-MAX_SAFE_INTEGER);
	}

	/**
	 * The largest number of milliseconds since the epoch of an {@link Shape#EPOCH_MILLIS}
	 * form: {@code 2^53 - 1} (year 287 thousand), see {@link #minimumMillis()}.
	 * @return the bound
	 */
	public BigDecimal maximumMillis() {
		return BigDecimal.valueOf(MAX_SAFE_INTEGER);
	}

	/**
	 * The smallest day of an {@link Shape#EPOCH_DAY} form: {@code LocalDate.MIN}'s.
	 * @return the bound
	 */
	public BigDecimal minimumEpochDay() {
		return BigDecimal.valueOf(LocalDate.MIN.toEpochDay());
	}

	/**
	 * The largest day of an {@link Shape#EPOCH_DAY} form: {@code LocalDate.MAX}'s.
	 * @return the bound
	 */
	public BigDecimal maximumEpochDay() {
		return BigDecimal.valueOf(LocalDate.MAX.toEpochDay());
	}

	/**
	 * A regular expression that the strings of a pattern match, for patterns of numeric fields
	 * and literals only ({@code dd.MM.yyyy}, {@code yyyy-MM-dd HH:mm}), or that the ISO-8601
	 * strings of a {@link Shape#STRING_WITH_ZONE_ID} form match.
	 * @return the regular expression, anchored, or {@code null} when there is no pattern or it
	 * has text fields (month names, zones, ...)
	 */
	public @Nullable String regex() {
		if (this.shape == Shape.STRING_WITH_ZONE_ID) {
			return ZONED_REGEX;
		}
		if (this.pattern == null) {
			return null;
		}
		StringBuilder regex = new StringBuilder("^");
		String pattern = this.pattern;
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '\'') {
				int end = pattern.indexOf('\'', i + 1);
				if (end < 0) {
					return null;
				}
				String literal = (end == i + 1) ? "'" : pattern.substring(i + 1, end);
				regex.append(quote(literal));
				i = end + 1;
				continue;
			}
			if (!Character.isLetter(c)) {
				if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
					return null;
				}
				regex.append(quote(String.valueOf(c)));
				i++;
				continue;
			}
			int end = i;
			while (end < pattern.length() && pattern.charAt(end) == c) {
				end++;
			}
			String digits = digits(c, end - i);
			if (digits == null) {
				return null;
			}
			regex.append(digits);
			i = end;
		}
		return regex.append('$').toString();
	}

	private static @Nullable String digits(char letter, int count) {
		return switch (letter) {
			case 'y', 'u' -> switch (count) {
				case 1 -> "[0-9]+";
				case 2 -> "[0-9]{2}";
				default -> "[0-9]{" + count + "}";
			};
			case 'M', 'L', 'd', 'H', 'h', 'K', 'k', 'm', 's' -> switch (count) {
				case 1 -> "[0-9]{1,2}";
				case 2 -> "[0-9]{2}";
				default -> null;
			};
			case 'D' -> (count == 1) ? "[0-9]{1,3}" : (count <= 3) ? "[0-9]{" + count + "}" : null;
			case 'S' -> "[0-9]{" + count + "}";
			default -> null;
		};
	}

	private static String quote(String literal) {
		StringBuilder quoted = new StringBuilder();
		for (char c : literal.toCharArray()) {
			if ("\\^$.|?*+()[]{}/-".indexOf(c) >= 0) {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.toString();
	}

	/**
	 * An example of a {@link Shape#STRING} form with a pattern, or of a
	 * {@link Shape#STRING_WITH_ZONE_ID} form: 31 January 2024, 13:45:30 (in Paris), formatted.
	 * @return the example, or {@code null} when there is no pattern or it cannot format the
	 * type
	 */
	public @Nullable String example() {
		if (this.shape == Shape.STRING_WITH_ZONE_ID) {
			return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(SAMPLE.atZone(ZoneId.of("Europe/Paris")));
		}
		if (this.pattern == null) {
			return null;
		}
		try {
			TemporalAccessor sample = switch (this.type.getSimpleName()) {
				case "LocalDate" -> SAMPLE.toLocalDate();
				case "LocalTime" -> SAMPLE.toLocalTime();
				case "YearMonth" -> YearMonth.from(SAMPLE);
				case "MonthDay" -> MonthDay.from(SAMPLE);
				case "LocalDateTime" -> SAMPLE;
				case "OffsetTime" -> SAMPLE.toLocalTime().atOffset(ZoneOffset.UTC);
				default -> SAMPLE.atOffset(ZoneOffset.UTC);
			};
			return DateTimeFormatter.ofPattern(this.pattern).format(sample);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The pattern as the payload mapper reads it without leniency: a year of era ({@code y})
	 * without an era ({@code G}) is read as a proleptic year ({@code u}), the same for years
	 * after year 0, since Java's strict resolver cannot make a date of a year of era without
	 * its era.
	 * @param pattern the pattern
	 * @return the pattern to read with
	 */
	static String readingPattern(String pattern) {
		StringBuilder result = new StringBuilder(pattern.length());
		boolean quoted = false;
		boolean era = false;
		for (char c : pattern.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == 'G') {
				era = true;
			}
		}
		if (era) {
			return pattern;
		}
		quoted = false;
		for (char c : pattern.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			result.append((!quoted && c == 'y') ? 'u' : c);
		}
		return result.toString();
	}

}
