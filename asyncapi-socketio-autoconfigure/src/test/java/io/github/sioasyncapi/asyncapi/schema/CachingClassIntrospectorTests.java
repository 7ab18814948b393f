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

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CachingClassIntrospector}.
 */
class CachingClassIntrospectorTests {

	private final ObjectMapper mapper = new ObjectMapper();

	{
		this.mapper.setConfig(this.mapper.getDeserializationConfig().with(new CachingClassIntrospector()));
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
	void theMapperStillReadsValues() throws Exception {
		assertThat(this.mapper.readValue("{\"x\": 1, \"y\": 2}", Move.class)).isEqualTo(new Move(1, 2));
	}

	record Move(int x, int y) {
	}

	record Player(String name) {
	}

}
