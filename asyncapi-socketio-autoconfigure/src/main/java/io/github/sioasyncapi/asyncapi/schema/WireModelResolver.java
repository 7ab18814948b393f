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

package io.github.sioasyncapi.asyncapi.schema;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * swagger-core's {@link ModelResolver} with Bean Validation constraints documented as the
 * server checks them:
 * <ul>
 * <li>not at all when validation is off;</li>
 * <li>also on the inline schema of a handler parameter (such as
 * {@code @Size(min = 1) List<Item> items}), the way swagger-core applies them to
 * properties;</li>
 * <li>{@code @NotBlank} as a {@code pattern} that needs a character other than whitespace
 * (exactly the characters {@link Character#isWhitespace} names, which Hibernate Validator's
 * {@code String.isBlank()} tests), besides {@code minLength: 1}: {@code "   "} is blank;</li>
 * <li>{@code @Email} as an email address or the empty string, which Hibernate Validator
 * accepts;</li>
 * <li>{@code @Pattern} anchored ({@code ^(?:regexp)$}): Java matches the whole value, JSON
 * Schema's {@code pattern} searches in it;</li>
 * <li>what {@code @NotBlank} and {@code @NotEmpty} say about length kept when {@code @Size}
 * is present too (swagger-core lets {@code @Size}'s default minimum of 0 win).</li>
 * </ul>
 * A second pattern on the same value goes to {@code allOf}, since a schema has one
 * {@code pattern}.
 */
final class WireModelResolver extends ModelResolver {

	/** A pattern that matches a string with a character that is not whitespace. */
	static final String NOT_BLANK = notBlankPattern();

	private static final String NOT_BLANK_ANNOTATION = "jakarta.validation.constraints.NotBlank";

	private static final Set<String> NOT_EMPTY = Set.of(NOT_BLANK_ANNOTATION, "jakarta.validation.constraints.NotEmpty");

	private final boolean documentConstraints;

	WireModelResolver(ObjectMapper mapper, TypeNameResolver names, boolean documentConstraints) {
		super(mapper, names);
		openapi31(true);
		this.documentConstraints = documentConstraints;
	}

	/**
	 * Apply the constraints among some annotations to a schema.
	 * @param schema the schema, changed in place
	 * @param annotations the annotations
	 */
	void applyConstraints(Schema<?> schema, Annotation[] annotations) {
		applyBeanValidatorAnnotations(schema, annotations, null, false);
	}

	@Override
	@SuppressWarnings("rawtypes")
	protected boolean applyBeanValidatorAnnotations(Schema property, Annotation[] annotations,
			@Nullable Schema parent, boolean applyNotNullAnnotations) {
		if (!this.documentConstraints) {
			return false;
		}
		boolean modified = super.applyBeanValidatorAnnotations(property, annotations, parent, applyNotNullAnnotations);
		if (annotations == null || property == null) {
			return modified;
		}
		Set<String> patterns = new LinkedHashSet<>();
		boolean notBlank = false;
		for (Annotation annotation : annotations) {
			String name = annotation.annotationType().getName();
			if (annotation instanceof Pattern pattern && isType(property, "string")) {
				patterns.add("^(?:" + pattern.regexp() + ")$");
			}
			if (name.equals(NOT_BLANK_ANNOTATION) && isType(property, "string")) {
				notBlank = true;
			}
			if (NOT_EMPTY.contains(name)) {
				if (isType(property, "string") && (property.getMinLength() == null || property.getMinLength() < 1)) {
					property.setMinLength(1);
					modified = true;
				}
				if (isType(property, "array") && (property.getMinItems() == null || property.getMinItems() < 1)) {
					property.setMinItems(1);
					modified = true;
				}
			}
		}
		if (notBlank) {
			patterns.add(NOT_BLANK);
		}
		if (hasAnnotation(annotations, Email.class) && "email".equals(property.getFormat())) {
			// Hibernate Validator takes the empty string for an email address
			property.setFormat(null);
			property.setTypes(null);
			property.setType(null);
			property.addAnyOfItem(new JsonSchema().types(new LinkedHashSet<>(Set.of("string"))).format("email"));
			property.addAnyOfItem(new JsonSchema().types(new LinkedHashSet<>(Set.of("string"))).maxLength(0));
			modified = true;
		}
		if (!patterns.isEmpty()) {
			// idempotent: swagger-core may apply the same annotations twice
			Iterator<String> iterator = patterns.iterator();
			property.setPattern(iterator.next());
			while (iterator.hasNext()) {
				String pattern = iterator.next();
				List<Schema> allOf = property.getAllOf();
				if (allOf == null || allOf.stream().noneMatch((part) -> pattern.equals(part.getPattern()))) {
					property.addAllOfItem(new JsonSchema().pattern(pattern));
				}
			}
			modified = true;
		}
		return modified;
	}

	private static boolean hasAnnotation(Annotation[] annotations, Class<? extends Annotation> type) {
		for (Annotation annotation : annotations) {
			if (annotation.annotationType() == type) {
				return true;
			}
		}
		return false;
	}

	private static boolean isType(Schema<?> schema, String type) {
		return (schema.getTypes() != null) ? schema.getTypes().contains(type) : type.equals(schema.getType());
	}

	/**
	 * A character class of everything but the whitespace characters of the Basic
	 * Multilingual Plane (there are none beyond it), as {@code \\uXXXX} escapes, which
	 * ECMA-262 and Java regular expressions read alike.
	 */
	private static String notBlankPattern() {
		StringBuilder pattern = new StringBuilder("[^");
		int c = 0;
		while (c <= 0xFFFF) {
			if (!Character.isWhitespace(c)) {
				c++;
				continue;
			}
			int end = c;
			while (end + 1 <= 0xFFFF && Character.isWhitespace(end + 1)) {
				end++;
			}
			pattern.append(escape(c));
			if (end > c) {
				pattern.append('-').append(escape(end));
			}
			c = end + 1;
		}
		return pattern.append(']').toString();
	}

	private static String escape(int c) {
		return String.format("\\u%04X", c);
	}

}
