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

package io.github.sioasyncapi.asyncapi;

import java.util.Set;

import io.github.sioasyncapi.asyncapi.golden.SnakeCaseApp;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.jackson.property-naming-strategy=SNAKE_CASE} the document shows the names
 * the server reads and writes: the documented example is accepted, the ack has exactly the
 * documented properties, and the Java property names are not what the server reads.
 */
@SpringBootTest(classes = SnakeCaseApp.class, properties = { "spring.jackson.property-naming-strategy=SNAKE_CASE",
		"socketio.server.port=0", "socketio.server.host=127.0.0.1" })
class SnakeCaseWireTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Autowired
	AsyncApiDocumentProvider provider;

	@Test
	void documentDescribesTheWire() {
		JsonNode document = JsonMapper.builder().build().readTree(this.provider.getJson());
		JsonNode schemas = document.path("components").path("schemas");
		assertThat(schemas.path("UpdateProfile").path("properties").propertyNames()).containsExactly("display_name",
				"age_in_years", "X-Tag", "phone_numbers");
		JsonNode example = document.at("/components/messages/update_profile/examples/0/payload");
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			ArrayNode ack = client.emitWithAck("update_profile", example.toString());
			assertThat(Set.copyOf(ack.get(0).propertyNames()))
				.isEqualTo(Set.copyOf(schemas.path("ProfileUpdated").path("properties").propertyNames()));
			assertThat(ack.get(0).path("display_name").asString()).isEqualTo("Ada Lovelace");
			ArrayNode javaNames = client.emitWithAck("update_profile",
					"{\"displayName\":\"Ada Lovelace\",\"age_in_years\":36}");
			assertThat(javaNames.get(0).path("error").path("code").asString()).isEqualTo("invalid_payload");
			assertThat(javaNames.get(0).path("error").path("violations").findValuesAsString("path"))
				.as(javaNames.toString())
				.contains("display_name");
		}
	}

}
