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

import java.io.IOException;
import java.util.stream.Stream;

import io.github.sioasyncapi.asyncapi.corpus.CorpusApp;
import io.github.sioasyncapi.asyncapi.golden.GenericsApp;
import io.github.sioasyncapi.asyncapi.golden.MultiArgApp;
import io.github.sioasyncapi.asyncapi.golden.NameClashApp;
import io.github.sioasyncapi.asyncapi.golden.NamespacesApp;
import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.asyncapi.golden.SnakeCaseApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole document of small applications, compared with golden files (see
 * {@link GoldenFiles} to refresh them), with their TypeScript declarations.
 * {@code .ci/run} validates the same files with the official AsyncAPI parser;
 * {@code TypeScriptCompilerTests} compiles the declarations.
 */
class GoldenDocumentTests {

	static Stream<Arguments> applications() {
		return Stream.of(Arguments.of("simple", SimpleApp.class, new String[0]),
				Arguments.of("namespaces", NamespacesApp.class, new String[0]),
				Arguments.of("polymorphic", PolymorphicApp.class, new String[0]),
				Arguments.of("generics", GenericsApp.class, new String[0]),
				Arguments.of("multi-arg", MultiArgApp.class, new String[0]),
				Arguments.of("name-clash", NameClashApp.class, new String[0]),
				Arguments.of("snake-case", SnakeCaseApp.class, new String[] { SnakeCaseApp.NAMING }),
				Arguments.of("chat", CorpusApp.class, new String[0]),
				Arguments.of("info-and-servers", SimpleApp.class,
						new String[] { "--spring.application.name=tic-tac-toe",
								"--socketio.asyncapi.info.version=2.1.0",
								"--socketio.asyncapi.info.description=Play *tic-tac-toe*.",
								"--socketio.asyncapi.info.contact.name=Games team",
								"--socketio.asyncapi.info.contact.email=games@example.com",
								"--socketio.asyncapi.info.license.name=Apache-2.0",
								"--socketio.asyncapi.servers.production.host=games.example.com:443",
								"--socketio.asyncapi.servers.production.description=Production",
								"--socketio.asyncapi.servers.local.host=localhost:9092",
								"--socketio.server.path=/game.io", "--socketio.validation.enabled=false" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("applications")
	void documentMatchesGoldenFile(String name, Class<?> application, String[] args) throws IOException {
		AsyncApiDocumentProvider document = AsyncApiExporter.generate(application, args);
		GoldenFiles.assertMatches(name + ".yaml", document.getYaml());
		GoldenFiles.assertMatches(name + ".d.ts", document.getTypeScript());
		DocumentAssertions.assertConsistent(JsonMapper.builder().build().readTree(document.getJson()));
		assertThat(YAMLMapper.builder().build().readTree(document.getYaml()))
			.as("YAML and JSON describe the same document")
			.isEqualTo(JsonMapper.builder().build().readTree(document.getJson()));
		if ("simple".equals(name)) {
			GoldenFiles.assertMatches(name + ".json", document.getJson());
		}
	}

}
