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

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential test with timestamps written without nanoseconds
 * ({@code spring.jackson.datatype.datetime.write-date-timestamps-as-nanoseconds=false}):
 * instants as whole milliseconds, which Jackson alone would read back as seconds, in the
 * document and on the wire both ways.
 */
@SpringBootTest(classes = CorpusApp.class,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1",
				"spring.jackson.datatype.datetime.write-dates-as-timestamps=true",
				"spring.jackson.datatype.datetime.write-date-timestamps-as-nanoseconds=false" })
class MillisecondTimestampsDifferentialTests extends AbstractDifferentialTests {

	@Test
	void instantsAreDocumentedAsWholeMilliseconds() {
		JsonNode sentAt = JsonMapper.shared()
			.readTree(this.provider.getJson())
			.at("/components/schemas/ChatMessage/properties/sentAt");
		assertThat(sentAt.path("type").asString()).isEqualTo("integer");
		assertThat(sentAt.path("description").asString()).isEqualTo("Milliseconds since 1970-01-01T00:00:00Z");
	}

}
