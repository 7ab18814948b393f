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

package io.github.sioasyncapi.test;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DocumentSchemas}: how acks and events are found in an AsyncAPI 3 document
 * and checked against their message's schema.
 */
class DocumentSchemasTests {

	private static final String DOCUMENT = """
			{
			  "asyncapi": "3.1.0",
			  "info": {"title": "t", "version": "1"},
			  "channels": {
			    "root": {"address": "/", "messages": {
			      "say": {"$ref": "#/components/messages/say"},
			      "ping": {"$ref": "#/components/messages/ping"},
			      "ping_ack": {"$ref": "#/components/messages/ping_ack"},
			      "said": {"$ref": "#/components/messages/said"},
			      "notify": {"$ref": "#/components/messages/notify"},
			      "error_ack": {"$ref": "#/components/messages/error_ack"}}},
			    "admin": {"address": "/admin", "messages": {
			      "kicked": {"$ref": "#/components/messages/said"}}}
			  },
			  "operations": {
			    "receiveSay": {"action": "receive", "channel": {"$ref": "#/channels/root"},
			      "messages": [{"$ref": "#/channels/root/messages/say"}],
			      "reply": {"channel": {"$ref": "#/channels/root"},
			        "messages": [{"$ref": "#/channels/root/messages/error_ack"}]}},
			    "receivePing": {"action": "receive", "channel": {"$ref": "#/channels/root"},
			      "messages": [{"$ref": "#/channels/root/messages/ping"}],
			      "reply": {"channel": {"$ref": "#/channels/root"},
			        "messages": [{"$ref": "#/channels/root/messages/ping_ack"},
			                     {"$ref": "#/channels/root/messages/error_ack"}]}},
			    "receiveNotify": {"action": "receive", "channel": {"$ref": "#/channels/root"},
			      "messages": [{"$ref": "#/channels/root/messages/notify"}]},
			    "sendSaid": {"action": "send", "channel": {"$ref": "#/channels/root"},
			      "messages": [{"$ref": "#/channels/root/messages/said"}]}
			  },
			  "components": {
			    "schemas": {
			      "Text": {"type": "object", "properties": {"text": {"type": "string", "maxLength": 5}},
			               "required": ["text"]},
			      "ErrorAck": {"type": "object", "properties": {"error": {"type": "object",
			        "properties": {"code": {"type": "string"}}, "required": ["code"]}}, "required": ["error"]}
			    },
			    "messages": {
			      "say": {"name": "say", "payload": {"type": "array",
			        "prefixItems": [{"type": "string"}, {"$ref": "#/components/schemas/Text"}], "minItems": 2}},
			      "ping": {"name": "ping"},
			      "ping_ack": {"name": "ping_ack"},
			      "said": {"name": "said", "payload": {"$ref": "#/components/schemas/Text"}},
			      "notify": {"name": "notify"},
			      "error_ack": {"name": "error_ack", "payload": {"$ref": "#/components/schemas/ErrorAck"}}
			    }
			  }
			}""";

	private final DocumentSchemas schemas = DocumentSchemas.parse(DOCUMENT);

	@Test
	void anEventMatchesTheMessageOfItsSendOperation() {
		assertThat(this.schemas.checkEvent("/", "said", arguments("[{\"text\": \"hi\"}]"))).isNull();
		assertThat(this.schemas.checkEvent("/", "said", arguments("[{\"text\": \"too long\"}]")))
			.isEqualTo("""
					it does not match its message
					  message 'said' (#/components/messages/said):
					    $.text: must be at most 5 characters long [maxLength: 5 at #/components/schemas/Text/properties/text/maxLength]""");
	}

	@Test
	void anEventWithoutASendOperationOnItsNamespaceIsNotDescribed() {
		assertThat(this.schemas.checkEvent("/admin", "said", arguments("[{\"text\": \"hi\"}]")))
			.isEqualTo("the document has no 'send' operation of an event 'said' on a channel with address '/admin'");
		assertThat(this.schemas.checkEvent("/", "say", arguments("[\"room\", {\"text\": \"hi\"}]")))
			.startsWith("the document has no 'send' operation of an event 'say'");
	}

	@Test
	void theArgumentsOfAMessageWithoutPayloadOrWithOnePayloadAreCounted() {
		assertThat(this.schemas.checkAck("/", "ping", arguments("[]"))).isNull();
		assertThat(this.schemas.checkAck("/", "ping", arguments("[{\"error\": {\"code\": \"x\"}}]"))).isNull();
		assertThat(this.schemas.checkAck("/", "ping", arguments("[{}]")))
			.contains("message 'ping_ack' (#/components/messages/ping_ack):\n    $: 1 argument arrived, but the message has no payload")
			.contains("message 'error_ack' (#/components/messages/error_ack):\n    $: required property 'error' not found");
		assertThat(this.schemas.checkEvent("/", "said", arguments("[{\"text\": \"a\"}, 2]")))
			.contains("$: 2 arguments arrived, but the message has one payload");
	}

	@Test
	void theArgumentsOfAMultiArgumentMessageAreCheckedAgainstItsPrefixItems() {
		DocumentSchemas withSayAsEvent = DocumentSchemas.parse(DOCUMENT.replace("\"sendSaid\": {\"action\": \"send\"",
				"\"sendSay\": {\"action\": \"send\", \"channel\": {\"$ref\": \"#/channels/root\"}, \"messages\": "
						+ "[{\"$ref\": \"#/channels/root/messages/say\"}]}, \"sendSaid\": {\"action\": \"send\""));
		assertThat(withSayAsEvent.checkEvent("/", "say", arguments("[\"room\", {\"text\": \"hi\"}]"))).isNull();
		assertThat(withSayAsEvent.checkEvent("/", "say", arguments("[\"room\", {\"text\": 3}]")))
			.contains("$[1].text: integer found, string expected");
		assertThat(withSayAsEvent.checkEvent("/", "say", arguments("[\"room\"]")))
			.contains("$: must have at least 2 items but found 1 [minItems: 2 at #/components/messages/say/payload/minItems]");
	}

	@Test
	void theAckOfAnUndocumentedEventIsOneOfTheRepliesAllOperationsShare() {
		assertThat(this.schemas.checkAck("/", "nope", arguments("[{\"error\": {\"code\": \"unknown_event\"}}]"))).isNull();
		assertThat(this.schemas.checkAck("/", "nope", arguments("[]")))
			.isEqualTo("it does not match its message\n  message 'error_ack' (#/components/messages/error_ack):\n"
					+ "    $: no argument arrived, but the message has one payload");
		assertThat(this.schemas.checkAck("/admin", "nope", arguments("[]")))
			.startsWith("the document has no 'receive' operation of an event 'nope' on a channel with address '/admin'");
	}

	@Test
	void anOperationWithoutReplySendsNoAck() {
		assertThat(this.schemas.checkAck("/", "notify", arguments("[]")))
			.isEqualTo("the operation /operations/receiveNotify has no 'reply': the document says no acknowledgement is sent");
	}

	@Test
	void aDocumentThatIsNotAsyncApiIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentSchemas.parse("{\"openapi\": \"3.1.0\"}"))
			.withMessageStartingWith("Not an AsyncAPI document");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentSchemas.parse("{"))
			.withMessageStartingWith("Not JSON");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theKeywordsAsyncApiAddsToJsonSchemaAreKnownAndLogNothing(CapturedOutput output) {
		String extension = "x-extension-" + UUID.randomUUID();
		DocumentSchemas schemas = DocumentSchemas.parse("""
				{
				  "asyncapi": "3.1.0",
				  "info": {"title": "t", "version": "1"},
				  "channels": {"root": {"address": "/", "messages": {"drawn": {"$ref": "#/components/messages/drawn"}}}},
				  "operations": {"sendDrawn": {"action": "send", "channel": {"$ref": "#/channels/root"},
				    "messages": [{"$ref": "#/channels/root/messages/drawn"}]}},
				  "components": {
				    "schemas": {
				      "Shape": {"oneOf": [{"$ref": "#/components/schemas/Circle"}], "discriminator": "kind",
				        "externalDocs": {"url": "https://example.org/shapes"}, "%s": {"any": "thing"}},
				      "Circle": {"type": "object", "properties": {"kind": {"const": "circle"},
				        "radius": {"type": "integer", "example": 3}}, "required": ["kind", "radius"]}
				    },
				    "messages": {"drawn": {"name": "drawn", "payload": {"type": "array", "x-socketio-arguments": true,
				      "prefixItems": [{"$ref": "#/components/schemas/Shape"}], "minItems": 1}}}
				  }
				}""".formatted(extension));
		assertThat(schemas.checkEvent("/", "drawn", arguments("[{\"kind\": \"circle\", \"radius\": 3}]"))).isNull();
		assertThat(schemas.checkEvent("/", "drawn", arguments("[{\"kind\": \"circle\", \"radius\": \"3\"}]")))
			.contains("$[0].radius: string found, integer expected");
		assertThat(output).doesNotContain("Unknown keyword");
		// the validator warns once per keyword and JVM: the dialect shows that it never asks
		assertThat(DocumentSchemas.DIALECT.getKeywords()).containsKeys("discriminator", "externalDocs", "example");
	}

	private static ArrayNode arguments(String json) {
		return (ArrayNode) WireJson.parse(json);
	}

}
