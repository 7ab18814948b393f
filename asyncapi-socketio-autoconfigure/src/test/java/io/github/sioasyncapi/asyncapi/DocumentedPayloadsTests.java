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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.sioasyncapi.asyncapi.golden.GenericsApp;
import io.github.sioasyncapi.asyncapi.golden.MultiArgApp;
import io.github.sioasyncapi.asyncapi.golden.NameClashApp;
import io.github.sioasyncapi.asyncapi.golden.NamespacesApp;
import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document and the server never disagree: for every receive operation of the golden
 * applications (run together), the documented example is accepted by the running server, so
 * is the example cut down to what the document says is required, and a payload that breaks one
 * documented constraint is rejected with {@code invalid_payload}.
 * Clients are real Socket.IO clients; the root namespace's connect guard gets auth data built
 * from the documented auth schema. The document itself is fetched from the web server.
 */
@SpringBootTest(classes = DocumentedPayloadsTests.AllApps.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socketio.server.port=0", "socketio.server.host=127.0.0.1", "server.address=127.0.0.1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedPayloadsTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.socketio.server.port}")
	int socketIoPort;

	@Value("${local.server.port}")
	int webPort;

	@Autowired
	AsyncApiDocumentProvider provider;

	private final Map<String, SocketIoTestClient> clients = new HashMap<>();

	@AfterAll
	void closeClients() {
		this.clients.values().forEach(SocketIoTestClient::close);
	}

	@Test
	void servesTheLiveDocument() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> yaml = http.send(request("/asyncapi.yaml"), HttpResponse.BodyHandlers.ofString());
		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/yaml"));
		assertThat(yaml.body()).isEqualTo(this.provider.getYaml());
		HttpResponse<String> document = http.send(request("/asyncapi.json"), HttpResponse.BodyHandlers.ofString());
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		JsonNode tree = json.readTree(document.body());
		assertThat(tree.path("servers").path("socketio").path("host").asString())
			.isEqualTo("127.0.0.1:" + this.socketIoPort);
		DocumentAssertions.assertConsistent(tree);
	}

	@Test
	void authDataThatBreaksTheDocumentedSchemaIsRefused() {
		JsonNode document = json.readTree(this.provider.getJson());
		JsonNode auth = document.path("channels").path("root").path("x-socketio-auth");
		Map<String, JsonNode> definitions = definitions(document);
		JsonNode valid = new ExampleComposer(definitions).compose(auth);
		JsonNode invalid = new Violations(definitions).violate(auth, valid);
		SocketIoTestClient refused = SocketIoTestClient.open(this.socketIoPort,
				new SocketIoTestClient.Options().auth(strings(invalid)));
		try {
			assertThat(refused.awaitConnection()).isInstanceOf(SocketIoTestClient.ConnectError.class);
		}
		finally {
			refused.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyReceiveOperationAcceptsItsExampleAndRejectsAViolation() {
		JsonNode document = json.readTree(this.provider.getJson());
		Map<String, JsonNode> definitions = definitions(document);
		List<DynamicTest> tests = new ArrayList<>();
		document.path("operations").properties().forEach((entry) -> {
			JsonNode operation = entry.getValue();
			if (!"receive".equals(operation.path("action").asString())) {
				return;
			}
			JsonNode channel = at(document, operation.path("channel").path("$ref").asString());
			JsonNode message = at(document, at(document, operation.path("messages").get(0).path("$ref").asString())
				.path("$ref")
				.asString());
			String event = message.path("name").asString();
			tests.add(DynamicTest.dynamicTest(entry.getKey(),
					() -> check(document, definitions, channel, message, event)));
		});
		assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
		return tests.stream();
	}

	private void check(JsonNode document, Map<String, JsonNode> definitions, JsonNode channel, JsonNode message,
			String event) {
		SocketIoTestClient client = client(channel, definitions);
		JsonNode schema = message.get("payload");
		JsonNode example = (schema != null) ? message.path("examples").get(0).path("payload") : null;
		ArrayNode accepted = client.emitWithAck(event, arguments(schema, example));
		assertThat(isErrorAck(accepted)).as("%s with the documented example %s got %s", event, example, accepted)
			.isFalse();
		if (schema == null) {
			return;
		}
		JsonNode minimal = new Violations(definitions).minimal(schema, example);
		ArrayNode minimalAck = client.emitWithAck(event, arguments(schema, minimal));
		assertThat(isErrorAck(minimalAck)).as("%s with only the documented required parts %s got %s", event, minimal,
				minimalAck)
			.isFalse();
		String[] violating = violatingArguments(schema, example, definitions);
		assertThat(violating).as("%s documents a constraint to break", event).isNotNull();
		ArrayNode rejected = client.emitWithAck(event, violating);
		assertThat(isErrorAck(rejected)).as("%s with %s got %s", event, List.of(violating), rejected).isTrue();
		assertThat(rejected.get(0).path("error").path("code").asString()).isEqualTo("invalid_payload");
	}

	private static boolean isArgumentList(JsonNode schema) {
		return schema.has("prefixItems") || schema.path(ClientContract.ARGUMENTS_EXTENSION).asBoolean(false);
	}

	private static String[] arguments(JsonNode schema, JsonNode example) {
		if (schema == null) {
			return new String[0];
		}
		if (isArgumentList(schema)) {
			List<String> arguments = new ArrayList<>();
			example.forEach((argument) -> arguments.add(argument.toString()));
			return arguments.toArray(String[]::new);
		}
		return new String[] { example.toString() };
	}

	private static String[] violatingArguments(JsonNode schema, JsonNode example, Map<String, JsonNode> definitions) {
		Violations violations = new Violations(definitions);
		if (isArgumentList(schema)) {
			JsonNode items = schema.path("prefixItems");
			for (int i = 0; i < example.size(); i++) {
				JsonNode item = (i < items.size()) ? items.get(i) : schema.get("items");
				JsonNode violated = (item != null && item.isObject()) ? violations.violate(item, example.get(i)) : null;
				if (violated != null) {
					String[] arguments = arguments(schema, example);
					arguments[i] = violated.toString();
					return arguments;
				}
			}
			int minItems = schema.path("minItems").asInt(0);
			return (minItems > 0) ? List.of(arguments(schema, example)).subList(0, minItems - 1).toArray(String[]::new)
					: null;
		}
		JsonNode violated = violations.violate(schema, example);
		return (violated != null) ? new String[] { violated.toString() } : null;
	}

	private static boolean isErrorAck(ArrayNode ack) {
		return ack.size() == 1 && ack.get(0).path("error").has("code");
	}

	private SocketIoTestClient client(JsonNode channel, Map<String, JsonNode> definitions) {
		String namespace = channel.path("address").asString();
		return this.clients.computeIfAbsent(namespace, (key) -> {
			SocketIoTestClient.Options options = new SocketIoTestClient.Options().namespace(namespace);
			JsonNode auth = channel.get(AsyncApiGenerator.AUTH_EXTENSION);
			if (auth != null) {
				options.auth(strings(new ExampleComposer(definitions).compose(auth)));
			}
			return SocketIoTestClient.connect(this.socketIoPort, options);
		});
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> strings = new LinkedHashMap<>();
		object.properties().forEach((entry) -> strings.put(entry.getKey(), entry.getValue().asString()));
		return strings;
	}

	private static Map<String, JsonNode> definitions(JsonNode document) {
		Map<String, JsonNode> definitions = new HashMap<>();
		document.path("components").path("schemas").properties().forEach((e) -> definitions.put(e.getKey(), e.getValue()));
		return definitions;
	}

	private static JsonNode at(JsonNode document, String reference) {
		return document.at(reference.substring(1));
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + path))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ SimpleApp.class, NamespacesApp.class, PolymorphicApp.class, GenericsApp.class, MultiArgApp.class,
			NameClashApp.class })
	static class AllApps {

	}

}
