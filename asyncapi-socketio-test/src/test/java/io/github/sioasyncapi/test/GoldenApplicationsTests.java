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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiGenerator;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.golden.GenericsApp;
import io.github.sioasyncapi.asyncapi.golden.MultiArgApp;
import io.github.sioasyncapi.asyncapi.golden.NameClashApp;
import io.github.sioasyncapi.asyncapi.golden.NamespacesApp;
import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden applications of the starter's own tests (the autoconfigure module's), run together
 * through the tester: every receive operation of their document, sent its documented example,
 * answers with an ack that is not an error and that one of the operation's reply messages
 * describes (the tester checks that). Each operation is a test.
 */
@SpringBootTest(classes = GoldenApplicationsTests.AllApps.class)
@AutoConfigureSocketIoTester
class GoldenApplicationsTests {

	@Autowired
	SocketIoTester tester;

	@Autowired
	AsyncApiDocumentProvider documentProvider;

	@TestFactory
	Stream<DynamicTest> everyDocumentedExampleGetsAnAckItsDocumentDescribes() {
		JsonNode document = SocketIoTester.json(this.documentProvider.getJson());
		List<DynamicTest> tests = new ArrayList<>();
		document.path("operations").properties().forEach((entry) -> {
			JsonNode operation = entry.getValue();
			if ("receive".equals(operation.path("action").asString())) {
				JsonNode channel = resolve(document, operation.path("channel"));
				JsonNode message = resolve(document, operation.path("messages").get(0));
				tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> check(document, channel, message)));
			}
		});
		assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
		return tests.stream();
	}

	private void check(JsonNode document, JsonNode channel, JsonNode message) {
		SocketIoTester.Builder builder = this.tester.mutate().namespace(channel.path("address").asString());
		JsonNode auth = channel.get(AsyncApiGenerator.AUTH_EXTENSION);
		if (auth != null) {
			builder.auth(exampleAuth(document, auth));
		}
		try (SocketIoTester.Client client = builder.build().connect()) {
			String event = message.path("name").asString();
			JsonNode ack = client.emitWithAck(event, exampleArguments(message)).arguments();
			assertThat(ack.path(0).path("error").path("code").isString())
				.as("%s with its documented example got the error ack %s", event, ack)
				.isFalse();
		}
	}

	/** The arguments of the documented example: none, the one payload, or the argument list of a multi-argument event. */
	private static Object[] exampleArguments(JsonNode message) {
		JsonNode payload = message.get("payload");
		if (payload == null) {
			return new Object[0];
		}
		JsonNode example = message.path("examples").get(0).path("payload");
		if (payload.has("prefixItems") || payload.path(ClientContract.ARGUMENTS_EXTENSION).asBoolean(false)) {
			List<Object> arguments = new ArrayList<>();
			example.forEach(arguments::add);
			return arguments.toArray();
		}
		return new Object[] { example };
	}

	/** Auth data from the examples of the documented auth schema's properties. */
	private static Map<String, String> exampleAuth(JsonNode document, JsonNode auth) {
		Map<String, String> data = new LinkedHashMap<>();
		resolve(document, auth).path("properties")
			.properties()
			.forEach((property) -> data.put(property.getKey(), property.getValue().path("examples").path(0).asString("x")));
		return data;
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode resolved = node;
		while (resolved.has("$ref")) {
			resolved = document.at(resolved.get("$ref").asString().substring(1));
		}
		return resolved;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ SimpleApp.class, NamespacesApp.class, PolymorphicApp.class, GenericsApp.class, MultiArgApp.class,
			NameClashApp.class })
	static class AllApps {

	}

}
