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
import java.util.Set;

import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SnakeCaseApp;
import io.github.sioasyncapi.asyncapi.golden.clash.a.Player;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaGeneratorTests {

	private final ObjectMapper mapper = JsonMapper.builder().build();

	@Test
	void polymorphicTypeIdsAreTheOnesJacksonWrites() {
		SchemaSet schemas = new SchemaGenerator(this.mapper).newSchemaSet();
		ObjectNode shape = schemas.schemaFor(PolymorphicApp.Shape.class);
		Map<String, ObjectNode> definitions = schemas.complete();
		assertThat(shape.path("$ref").asString()).isEqualTo("#/components/schemas/Shape");
		assertThat(definitions.get("Shape").path("discriminator").asString()).isEqualTo("kind");
		List<PolymorphicApp.Shape> instances = List.of(new PolymorphicApp.Circle(1), new PolymorphicApp.Square(2),
				new PolymorphicApp.Triangle(3, 4));
		List<String> documented = new ArrayList<>();
		definitions.get("Shape").path("properties").path("kind").path("enum").forEach((id) -> documented.add(id.asString()));
		List<String> written = new ArrayList<>();
		for (PolymorphicApp.Shape instance : instances) {
			JsonNode json = this.mapper.readTree(this.mapper.writerFor(PolymorphicApp.Shape.class).writeValueAsString(instance));
			String id = json.path("kind").asString();
			written.add(id);
			String name = schemas.nameOf(instance.getClass());
			assertThat(definitions.get(name).path("properties").path("kind").path("const").asString()).isEqualTo(id);
			assertThat(definitions.get(name).path("allOf").isMissingNode()).isTrue();
		}
		assertThat(documented).isEqualTo(written);
	}

	@Test
	void propertyNamesAreTheOnesTheWireMapperWrites() {
		ObjectMapper snakeCase = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.build();
		SchemaSet schemas = new SchemaGenerator(snakeCase).newSchemaSet();
		schemas.schemaFor(SnakeCaseApp.UpdateProfile.class);
		schemas.schemaFor(SnakeCaseApp.ProfileUpdated.class);
		Map<String, ObjectNode> definitions = schemas.complete();
		SnakeCaseApp.UpdateProfile profile = new SnakeCaseApp.UpdateProfile("Ada", 36, "t",
				List.of(new SnakeCaseApp.PhoneNumber()));
		JsonNode written = snakeCase.valueToTree(profile);
		assertThat(fieldNames(definitions.get("UpdateProfile").path("properties"))).isEqualTo(fieldNames(written));
		assertThat(fieldNames(definitions.get("PhoneNumber").path("properties")))
			.isEqualTo(fieldNames(written.path("phone_numbers").get(0)));
		assertThat(fieldNames(definitions.get("ProfileUpdated").path("properties")))
			.isEqualTo(fieldNames(snakeCase.valueToTree(new SnakeCaseApp.ProfileUpdated("Ada", 36, true))));
		assertThat(snakeCase.readValue(snakeCase.writeValueAsString(written), SnakeCaseApp.UpdateProfile.class))
			.usingRecursiveComparison()
			.isEqualTo(profile);
	}

	@Test
	void nullableReferencesAdmitNullBesideTheReferencedSchema() {
		SchemaSet schemas = new SchemaGenerator(this.mapper).newSchemaSet();
		schemas.schemaFor(WithNullableReference.class);
		JsonNode inner = schemas.complete().get("WithNullableReference").path("properties").path("inner");
		assertThat(inner.has("$ref")).isFalse();
		assertThat(inner.has("type")).isFalse();
		assertThat(inner.path("anyOf").get(0).path("$ref").asString()).isEqualTo("#/components/schemas/Inner");
		assertThat(inner.path("anyOf").get(1).path("type").asString()).isEqualTo("null");
		assertThat(inner.path("description").asString()).isEqualTo("may be null");
	}

	@Test
	void nullableEnumsListNullAmongTheirValues() {
		SchemaSet schemas = new SchemaGenerator(this.mapper).newSchemaSet();
		schemas.schemaFor(WithNullableEnum.class);
		JsonNode turn = schemas.complete().get("WithNullableEnum").path("properties").path("turn");
		assertThat(turn.path("type").valueStream().map(JsonNode::asString)).containsExactly("string", "null");
		assertThat(turn.path("enum").valueStream().map((value) -> value.isNull() ? null : value.asString()))
			.containsExactly("X", "O", null);
	}

	enum Mark {

		X, O

	}

	record WithNullableEnum(@io.swagger.v3.oas.annotations.media.Schema(nullable = true) Mark turn) {
	}

	record Inner(String value) {
	}

	record WithNullableReference(
			@io.swagger.v3.oas.annotations.media.Schema(description = "may be null", nullable = true) Inner inner) {
	}

	@Test
	void jacksonTreesAreUntypedJson() {
		SchemaSet schemas = new SchemaGenerator(this.mapper).newSchemaSet();
		ObjectNode any = schemas.schemaFor(JsonNode.class);
		ObjectNode object = schemas.schemaFor(ObjectNode.class);
		ObjectNode array = schemas.schemaFor(ArrayNode.class);
		assertThat(schemas.complete()).isEmpty();
		assertThat(any.isEmpty()).isTrue();
		assertThat(object.path("type").asString()).isEqualTo("object");
		assertThat(array.path("type").asString()).isEqualTo("array");
	}

	@Test
	void clashingNamesDoNotDependOnResolutionOrder() {
		ResolvableType a = ResolvableType.forClass(Player.class);
		ResolvableType b = ResolvableType.forClass(io.github.sioasyncapi.asyncapi.golden.clash.b.Player.class);
		SchemaGenerator generator = new SchemaGenerator(this.mapper);
		SchemaSet first = generator.newSchemaSet();
		ObjectNode firstA = first.schemaFor(a);
		first.schemaFor(b);
		SchemaSet second = generator.newSchemaSet();
		second.schemaFor(b);
		ObjectNode secondA = second.schemaFor(a);
		assertThat(first.complete().keySet()).containsExactly("APlayer", "BPlayer");
		assertThat(second.complete().keySet()).containsExactly("APlayer", "BPlayer");
		assertThat(firstA).isEqualTo(secondA);
		assertThat(first.nameOf(Player.class)).isEqualTo("APlayer");
	}

	@Test
	void leavesSwaggerGlobalStateAlone() {
		List<ModelConverter> converters = List.copyOf(ModelConverters.getInstance().getConverters());
		List<ModelConverter> converters31 = List.copyOf(ModelConverters.getInstance(true).getConverters());
		SchemaSet schemas = new SchemaGenerator(
				JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())
			.newSchemaSet();
		schemas.schemaFor(SnakeCaseApp.UpdateProfile.class);
		schemas.schemaFor(Player.class);
		schemas.schemaFor(io.github.sioasyncapi.asyncapi.golden.clash.b.Player.class);
		schemas.complete();
		assertThat(ModelConverters.getInstance().getConverters()).containsExactlyElementsOf(converters);
		assertThat(ModelConverters.getInstance(true).getConverters()).containsExactlyElementsOf(converters31);
		assertThat(Json.mapper().getPropertyNamingStrategy()).isNull();
		assertThat(Json31.mapper().getPropertyNamingStrategy()).isNull();
		assertThat(TypeNameResolver.std.getUseFqn()).isFalse();
		Map<String, io.swagger.v3.oas.models.media.Schema> global = ModelConverters.getInstance(true)
			.read(SnakeCaseApp.UpdateProfile.class);
		assertThat(global.get("UpdateProfile").getProperties()).containsKey("displayName");
		assertThat(ModelConverters.getInstance(true).read(Player.class)).containsOnlyKeys("Player");
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
