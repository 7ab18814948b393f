package io.github.sioasyncapi.asyncapi;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
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
	}

}
