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

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.testsupport.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiExporterTests {

	@Test
	void writesYamlOrJsonWithoutStartingTheServer(@TempDir Path directory) throws Exception {
		Path yaml = directory.resolve("docs/asyncapi.yaml");
		Path json = directory.resolve("asyncapi.json");
		// with port 0, a started server would publish its random port and the document would show it
		AsyncApiExporter.main(new String[] { SimpleApp.class.getName(), yaml.toString(), "--socketio.server.port=0" });
		AsyncApiExporter.export(SimpleApp.class, json, "--socketio.server.port=0");
		JsonNode fromYaml = YAMLMapper.builder().build().readTree(Files.readString(yaml));
		JsonNode fromJson = JsonMapper.builder().build().readTree(Files.readString(json));
		assertThat(fromYaml).isEqualTo(fromJson);
		assertThat(fromJson.path("servers").path("socketio").path("host").asString()).isEqualTo("localhost:0");
		assertThat(fromJson.path("operations").propertyNames()).contains("receiveMakeMove", "sendMoveMade");
		assertThat(directory.resolve("docs/asyncapi.d.ts")).content()
			.contains("export interface ClientToServerEvents {", "make_move: (payload: MakeMove");
		assertThat(directory.resolve("asyncapi.d.ts")).hasSameTextualContentAs(directory.resolve("docs/asyncapi.d.ts"));
	}

	@Test
	void theDeclarationsFileIsBesideTheDocument() {
		assertThat(AsyncApiExporter.typeScriptFile(Path.of("docs/asyncapi.yaml"))).isEqualTo(Path.of("docs/asyncapi.d.ts"));
		assertThat(AsyncApiExporter.typeScriptFile(Path.of("api.yml"))).isEqualTo(Path.of("api.d.ts"));
		assertThat(AsyncApiExporter.typeScriptFile(Path.of("api.json"))).isEqualTo(Path.of("api.d.ts"));
		assertThat(AsyncApiExporter.typeScriptFile(Path.of("contract"))).isEqualTo(Path.of("contract.d.ts"));
	}

	@Test
	void checksTheApplicationAgainstACommittedDocument(@TempDir Path directory) throws Exception {
		Path committed = directory.resolve("asyncapi.yaml");
		AsyncApiExporter.export(SimpleApp.class, committed);
		CommandLine compatible = check("--check", committed.toString(), SimpleApp.class.getName());
		assertThat(compatible.status()).isZero();
		assertThat(compatible.out()).contains(": no change for clients");
		assertThat(compatible.err()).isEmpty();
		// the committed document allowed a column 5; the application no longer accepts it
		Files.writeString(committed, Files.readString(committed).replace("maximum: 2", "maximum: 5"));
		CommandLine breaking = check("--check", committed.toString(), SimpleApp.class.getName());
		assertThat(breaking.status()).isOne();
		assertThat(breaking.out()).contains("BREAKING", "maximum lowered from 5 to 2");
		assertThat(breaking.err()).isEmpty();
		CommandLine usage = check("--check", committed.toString());
		assertThat(usage.status()).isEqualTo(2);
		assertThat(usage.err()).contains("usage:");
		CommandLine missing = check("--check", directory.resolve("missing.yaml").toString(), SimpleApp.class.getName());
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.out()).isEmpty();
		assertThat(missing.err()).contains("Cannot read");
	}

	private static CommandLine check(String... args) throws Exception {
		return CommandLine.capture(() -> AsyncApiExporter.run(args));
	}

}
