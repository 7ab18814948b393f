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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CachingClassIntrospector}.
 */
class CachingClassIntrospectorTests {

	private final ObjectMapper mapper = new ObjectMapper();

	{
		CachingClassIntrospector introspector = new CachingClassIntrospector();
		this.mapper.setConfig(this.mapper.getDeserializationConfig().with(introspector));
		this.mapper.setConfig(this.mapper.getSerializationConfig().with(introspector));
	}

	@Test
	void describesATypeOncePerConfiguration() {
		DeserializationConfig config = this.mapper.getDeserializationConfig();
		JavaType move = this.mapper.constructType(Move.class);
		assertThat(config.introspect(move)).isSameAs(config.introspect(move));
		assertThat(config.introspect(move).findProperties()).extracting(BeanPropertyDefinition::getName)
			.containsExactlyInAnyOrder("x", "y");
		DeserializationConfig changed = config.with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		assertThat(changed.introspect(move)).isNotSameAs(config.introspect(move));
		assertThat(config.introspect(this.mapper.constructType(Player.class)))
			.isNotSameAs(config.introspect(move));
	}

	@Test
	void describesATypeForSerializationOncePerConfiguration() {
		SerializationConfig config = this.mapper.getSerializationConfig();
		JavaType move = this.mapper.constructType(Move.class);
		assertThat(config.introspect(move)).isSameAs(config.introspect(move));
		assertThat(config.introspect(move).findProperties()).extracting(BeanPropertyDefinition::getName)
			.containsExactlyInAnyOrder("x", "y");
		SerializationConfig changed = config.with(SerializationFeature.INDENT_OUTPUT);
		assertThat(changed.introspect(move)).isNotSameAs(config.introspect(move));
		assertThat(config.introspect(move).findJsonValueAccessor()).isNull();
		assertThat(config.introspect(this.mapper.constructType(Code.class)).findJsonValueAccessor()).isNotNull();
	}

	@Test
	void describesATypeThatIgnoresPropertiesByNameAnewEachTime() {
		// swagger-core removes the ignored properties from the description's list
		SerializationConfig config = this.mapper.getSerializationConfig();
		JavaType secret = this.mapper.constructType(Secret.class);
		assertThat(config.introspect(secret)).isNotSameAs(config.introspect(secret));
		assertThat(config.introspect(secret).findProperties()).extracting(BeanPropertyDefinition::getName)
			.contains("name", "password");
	}

	@Test
	void theMapperStillReadsAndWritesValues() throws Exception {
		assertThat(this.mapper.readValue("{\"x\": 1, \"y\": 2}", Move.class)).isEqualTo(new Move(1, 2));
		assertThat(this.mapper.writeValueAsString(new Move(1, 2))).isEqualTo("{\"x\":1,\"y\":2}");
		assertThat(this.mapper.writeValueAsString(new Secret("a", "b"))).isEqualTo("{\"name\":\"a\"}");
		assertThat(this.mapper.writeValueAsString(new Secret("c", "d"))).isEqualTo("{\"name\":\"c\"}");
		assertThat(this.mapper.writeValueAsString(new Code("e"))).isEqualTo("\"e\"");
	}

	record Move(int x, int y) {
	}

	@JsonIgnoreProperties("password")
	record Secret(String name, String password) {
	}

	record Code(@com.fasterxml.jackson.annotation.JsonValue String value) {
	}

	record Player(String name) {
	}

}
