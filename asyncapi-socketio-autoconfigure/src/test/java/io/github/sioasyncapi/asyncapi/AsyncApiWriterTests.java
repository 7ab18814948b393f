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

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Channel;
import io.github.sioasyncapi.asyncapi.model.Server;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiWriterTests {

	private final AsyncApiWriter writer = new AsyncApiWriter();

	@Test
	void writesTopLevelKeysInDocumentOrder() {
		AsyncApiDocument document = document();
		Channel channel = new Channel();
		channel.setAddress("/");
		document.getChannels().put("root", channel);
		String yaml = this.writer.toYaml(document);
		assertThat(yaml).startsWith("asyncapi: \"3.1.0\"\ninfo:\n");
		assertThat(yaml.indexOf("\nservers:")).isLessThan(yaml.indexOf("\ndefaultContentType:"));
		assertThat(yaml.indexOf("\ndefaultContentType:")).isLessThan(yaml.indexOf("\nchannels:"));
		assertThat(yaml.indexOf("\nchannels:")).isLessThan(yaml.indexOf("\ncomponents:"));
	}

	@Test
	void quotesStringsThatYamlWouldReadAsSomethingElse() {
		String yaml = this.writer.toYaml(document());
		assertThat(yaml).contains("protocolVersion: \"5\"", "version: \"1.0.0\"");
		JsonNode fromYaml = YAMLMapper.builder().build().readTree(yaml);
		JsonNode fromJson = JsonMapper.builder().build().readTree(this.writer.toJson(document()));
		assertThat(fromYaml).isEqualTo(fromJson);
		JsonNode tricky = fromYaml.path("components").path("schemas").path("Tricky").path("examples").get(0);
		assertThat(tricky.path("date").isString()).isTrue();
		assertThat(tricky.path("hex").isString()).isTrue();
		assertThat(tricky.path("yes").isString()).isTrue();
		assertThat(tricky.path("null").isString()).isTrue();
		assertThat(tricky.path("digits").isString()).isTrue();
		assertThat(tricky.path("negative").isString()).isTrue();
		assertThat(tricky.path("1").asString()).isEqualTo("numeric key");
	}

	@Test
	void writesExtensionsAfterOtherProperties() {
		AsyncApiDocument document = document();
		Channel channel = new Channel();
		channel.setAddress("/");
		channel.addExtension("x-socketio-auth", JsonNodeFactory.instance.objectNode().put("$ref", "#/x"));
		document.getChannels().put("root", channel);
		assertThat(this.writer.toYaml(document))
			.contains("  root:\n    address: /\n    x-socketio-auth:\n      $ref: \"#/x\"\n");
	}

	private static AsyncApiDocument document() {
		AsyncApiDocument document = new AsyncApiDocument();
		document.getInfo().setTitle("Test");
		document.getInfo().setVersion("1.0.0");
		Server server = new Server();
		server.setHost("localhost:9092");
		server.setProtocol("socketio");
		server.setProtocolVersion("5");
		document.getServers().put("local", server);
		document.setDefaultContentType("application/json");
		ObjectNode tricky = JsonNodeFactory.instance.objectNode();
		tricky.putArray("examples")
			.addObject()
			.put("date", "2024-01-01")
			.put("hex", "0x1F")
			.put("yes", "yes")
			.put("null", "null")
			.put("digits", "1_000")
			.put("negative", "-1")
			.put("1", "numeric key");
		document.getComponents().getSchemas().put("Tricky", tricky);
		return document;
	}

}
