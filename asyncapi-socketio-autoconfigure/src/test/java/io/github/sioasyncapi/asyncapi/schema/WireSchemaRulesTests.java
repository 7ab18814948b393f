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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.validation.ConstraintValidation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas of classes say what the payload mapper and Bean Validation do with their
 * properties: which are required, which may be {@code null}, whether unknown ones are
 * accepted, what a constraint means, which JSON types a scalar takes.
 */
class WireSchemaRulesTests {

	private final ObjectMapper mapper = new SocketIoJsonSupport(JsonMapper.builder().build()).getMapper();

	private final ConstraintValidation validation = new ConstraintValidation(
			Validation.buildDefaultValidatorFactory().getValidator(), this.mapper);

	@Test
	void nullIsAllowedWhereTheServerTakesAndSendsIt() {
		ObjectNode message = schemaOf(new SchemaGenerator(this.mapper, this.validation), Message.class);
		JsonNode properties = message.path("properties");
		assertThat(types(properties.path("replyTo"))).as("an empty Optional is written as null")
			.containsExactly("string", "null");
		assertThat(types(properties.path("editedBy"))).containsExactly("string", "null");
		assertThat(types(properties.path("text"))).as("@NotBlank refuses null").containsExactly("string");
		assertThat(types(properties.path("priority"))).as("a primitive is never null").containsExactly("integer");
		assertThat(types(properties.path("tags"))).containsExactly("array", "null");
		assertThat(types(properties.path("tags").path("items"))).as("Jackson takes null elements")
			.containsExactly("string", "null");
		assertThat(types(properties.path("mentions").path("items"))).as("List<@NotNull String> refuses them")
			.containsExactly("string");
		assertThat(message.path("required")).extracting(JsonNode::asString).containsExactly("text", "priority");
	}

	@Test
	void withoutValidationConstraintsAreNeitherRequiredNorDocumented() {
		ObjectNode message = schemaOf(new SchemaGenerator(this.mapper), Message.class);
		JsonNode text = message.path("properties").path("text");
		assertThat(types(text)).containsExactly("string", "null");
		assertThat(text.has("minLength")).isFalse();
		assertThat(text.has("pattern")).isFalse();
		assertThat(message.path("required")).extracting(JsonNode::asString).containsExactly("priority");
	}

	@Test
	void notBlankNeedsACharacterJavaDoesNotTakeForWhitespace() {
		Pattern notBlank = Pattern.compile(WireModelResolver.NOT_BLANK);
		for (String blank : List.of("", " ", "   ", "\t\n\r", "\u2003", "\u3000 \u2028")) {
			assertThat(notBlank.matcher(blank).find()).as("'%s' is blank", blank).isFalse();
			assertThat(blank.isBlank()).isTrue();
		}
		for (String text : List.of("x", " x ", "\u00a0", "\u200b", "\ud83d\ude00")) {
			assertThat(notBlank.matcher(text).find()).as("'%s' is not blank", text).isTrue();
			assertThat(text.isBlank()).isFalse();
		}
		JsonNode text = schemaOf(new SchemaGenerator(this.mapper, this.validation), Message.class).path("properties")
			.path("text");
		assertThat(text.path("pattern").asString()).isEqualTo(WireModelResolver.NOT_BLANK);
	}

	@Test
	void patternsMatchTheWholeValueAsJavaDoes() {
		JsonNode handle = schemaOf(new SchemaGenerator(this.mapper, this.validation), Handle.class).path("properties")
			.path("name");
		String pattern = handle.path("pattern").asString();
		assertThat(pattern).isEqualTo("^(?:[a-z]+)$");
		assertThat(Pattern.compile(pattern).matcher("see http://x").find()).isFalse();
		assertThat(Pattern.compile(pattern).matcher("ada").find()).isTrue();
		assertThat(handle.path("allOf").get(0).path("pattern").asString()).isEqualTo(WireModelResolver.NOT_BLANK);
	}

	@Test
	void additionalPropertiesFollowTheMappersSettingForUnknownProperties() {
		ObjectMapper refusing = new SocketIoJsonSupport(
				JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())
			.getMapper();
		assertThat(schemaOf(new SchemaGenerator(refusing), Handle.class).path("additionalProperties").asBoolean())
			.isFalse();
		assertThat(schemaOf(new SchemaGenerator(refusing), Lenient.class).path("additionalProperties").asBoolean())
			.as("@JsonIgnoreProperties(ignoreUnknown = true)")
			.isTrue();
		ObjectMapper ignoring = new SocketIoJsonSupport(
				JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())
			.getMapper();
		assertThat(schemaOf(new SchemaGenerator(ignoring), Handle.class).path("additionalProperties").asBoolean())
			.isTrue();
	}

	@Test
	void relaxedScalarsListTheJsonTypesTheMapperConverts() {
		ObjectMapper relaxed = new SocketIoJsonSupport(JsonMapper.builder().build(), false).getMapper();
		JsonNode properties = schemaOf(new SchemaGenerator(relaxed), Message.class).path("properties");
		assertThat(types(properties.path("priority"))).containsExactly("integer", "string");
		assertThat(types(properties.path("editedBy"))).containsExactly("string", "integer", "number", "boolean", "null");
		JsonNode strict = schemaOf(new SchemaGenerator(this.mapper), Message.class).path("properties");
		assertThat(types(strict.path("priority"))).containsExactly("integer");
	}

	@Test
	void integersAreBoundedByTheirJavaType() {
		JsonNode priority = schemaOf(new SchemaGenerator(this.mapper), Message.class).path("properties").path("priority");
		assertThat(priority.path("minimum").asLong()).isEqualTo(Integer.MIN_VALUE);
		assertThat(priority.path("maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void subtypesRequireTheirOwnConstraintsAndADefaultSubtypeTakesAnyOtherTypeId() {
		SchemaSet schemas = new SchemaGenerator(this.mapper, this.validation).newSchemaSet();
		schemas.schemaFor(Notice.class);
		Map<String, ObjectNode> definitions = schemas.complete();
		ObjectNode mention = definitions.get(schemas.nameOf(Mention.class));
		assertThat(mention.path("required")).extracting(JsonNode::asString).containsExactly("type", "text", "user");
		assertThat(mention.path("properties").path("type").path("const").asString()).isEqualTo("mention");
		ObjectNode plain = definitions.get(schemas.nameOf(Plain.class));
		assertThat(plain.path("required")).extracting(JsonNode::asString).containsExactly("text");
		assertThat(plain.path("properties").path("type").path("not").path("enum"))
			.extracting(JsonNode::asString)
			.containsExactly("mention");
		assertThat(definitions.get("Notice").has("required")).isFalse();
	}

	private ObjectNode schemaOf(SchemaGenerator generator, Class<?> type) {
		SchemaSet schemas = generator.newSchemaSet();
		schemas.schemaFor(type);
		return schemas.complete().get(schemas.nameOf(type));
	}

	private static List<String> types(JsonNode schema) {
		List<String> types = new ArrayList<>();
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			type.forEach((value) -> types.add(value.asString()));
		}
		else {
			types.add(type.asString());
		}
		return types;
	}

	record Message(@NotBlank String text, Optional<String> replyTo, @Nullable String editedBy, int priority,
			List<String> tags, List<@NotNull String> mentions) {
	}

	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record Lenient(String name) {
	}

	record Handle(@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[a-z]+") String name) {
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = Plain.class)
	@JsonSubTypes({ @JsonSubTypes.Type(value = Mention.class, name = "mention"),
			@JsonSubTypes.Type(value = Plain.class, name = "plain") })
	interface Notice {

	}

	record Mention(@NotBlank String text, @NotBlank String user) implements Notice {
	}

	record Plain(@NotBlank String text) implements Notice {
	}

}
