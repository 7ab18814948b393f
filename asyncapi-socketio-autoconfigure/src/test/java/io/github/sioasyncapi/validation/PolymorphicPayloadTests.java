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

package io.github.sioasyncapi.validation;

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polymorphic payloads ({@code @JsonTypeInfo} and {@code @JsonSubTypes}) are validated with
 * their subtypes' constraints, reported with the subtypes' wire names, and a missing or
 * unknown type id names the type property and the ids it takes; acks keep the type id.
 */
@SpringBootTest(classes = CorpusApp.class, properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
		"spring.jackson.property-naming-strategy=SNAKE_CASE" })
class PolymorphicPayloadTests {

	@Value("${local.socketio.server.port}")
	int port;

	@Test
	void violationsInsideSubtypesUseWireNames() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("share", """
					{"body": "b", "attachments": [{"kind": "image", "url": " ", "width_px": 0, "height_px": 1}]}""")
				.get(0)
				.at("/error/violations")).containsExactlyInAnyOrderElementsOf(json("""
						[{"path": "attachments[0].url", "message": "must not be blank", "rejectedValue": " "},
						 {"path": "attachments[0].width_px", "message": "must be greater than 0", "rejectedValue": 0}]"""));
		}
	}

	@Test
	void anUnknownOrMissingTypeIdNamesTheIdsTaken() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("share", "{\"body\": \"b\", \"attachments\": [{\"kind\": \"video\"}]}")
				.get(0)
				.at("/error/violations")).isEqualTo(json("""
						[{"path": "attachments[0].kind", "message": "must be one of [image, link]", "rejectedValue": "video"}]"""));
			assertThat(client.emitWithAck("share", "{\"body\": \"b\", \"attachments\": [{\"url\": \"x\"}]}")
				.get(0)
				.at("/error/violations")).isEqualTo(json("""
						[{"path": "attachments[0].kind", "message": "is required: one of [image, link]", "rejectedValue": null}]"""));
		}
	}

	@Test
	void acksAndEmitsKeepTheTypeId() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			String notice = "{\"type\": \"mention\", \"text\": \"hi\", \"mentioned_user\": \"ann\"}";
			assertThat(client.emitWithAck("notify", notice)).isEqualTo(json("[" + notice + "]"));
			assertThat(client.awaitEvent("notified")).isEqualTo(json("[" + notice + "]"));
		}
	}

}
