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

package io.github.sioasyncapi.docs;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import io.github.sioasyncapi.autoconfigure.AsyncApiProperties;
import io.github.sioasyncapi.docs.MarkdownPage.CodeBlock;
import io.github.sioasyncapi.docs.MarkdownPage.Link;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.BeanUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of the README, the changelog and the manual under {@code docs/}, so that they cannot
 * rot: every Java sample compiles against this module's test class path, every relative link
 * points to a file (and a heading) that exists, the configuration reference lists exactly the
 * properties of the generated configuration metadata, and the dependency snippets name this
 * version.
 */
@Tag("integrations")
class DocumentationTests {

	private static final Pattern PUBLIC_TYPE = Pattern
		.compile("^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)",
				Pattern.MULTILINE);

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", Pattern.MULTILINE);

	/** A property name in prose: not part of a longer dotted name such as {@code local.socketio.server.port}. */
	private static final Pattern PROPERTY = Pattern
		.compile("(?<![\\w.\\-/])socketio(?:\\.(?:[a-z][a-z0-9-]*|<name>))+");

	private static final Pattern TABLE_ROW_PROPERTY = Pattern.compile("^\\|\\s*`([a-z][\\w.<>-]*)`\\s*\\|");

	/**
	 * Meter names of {@code SocketIoMetrics}, observation names and keys, which look like
	 * property names.
	 */
	private static final Set<String> METERS = Set.of("socketio.events", "socketio.connections", "socketio.emits",
			"socketio.validation.failures", "socketio.connections.refused", "socketio.clients.evicted",
			"socketio.event", "socketio.connect", "socketio.emit", "socketio.client.id");

	private static final String SERVERS = "socketio.asyncapi.servers";

	/** A dependency of this project in a Maven snippet: its artifact id and version. */
	private static final Pattern MAVEN_ARTIFACT = Pattern.compile(
			"<groupId>io\\.github\\.sioasyncapi</groupId>\\s*<artifactId>([\\w.-]+)</artifactId>\\s*<version>([^<]+)</version>");

	/** A dependency of this project in a Gradle (Kotlin DSL) snippet: its artifact id and version. */
	private static final Pattern GRADLE_ARTIFACT = Pattern.compile("\"io\\.github\\.sioasyncapi:([\\w.-]+):([^\"]+)\"");

	private final Path root = MarkdownPage.repositoryRoot();

	private final List<MarkdownPage> pages = MarkdownPage.all(this.root);

	@Test
	void javaSamplesCompile(@TempDir Path classes) throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler).as("the JDK's compiler").isNotNull();
		List<Sample> samples = new ArrayList<>();
		for (MarkdownPage page : this.pages) {
			for (CodeBlock block : page.codeBlocks()) {
				if (block.language().equals("java") && !block.notCompiled()) {
					samples.add(new Sample(block, samples.size() + 1));
				}
			}
		}
		assertThat(samples).as("Java samples in README.md and docs/").hasSizeGreaterThan(10);
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
					classes.toString(), "-proc:none", "-implicit:none", "-Xlint:none", "-encoding", "UTF-8");
			compiler.getTask(null, files, diagnostics, options, null, samples).call();
		}
		List<String> errors = new ArrayList<>();
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				String where = (diagnostic.getSource() instanceof Sample sample)
						? sample.block.page().name() + ":" + (sample.block.firstLine() + diagnostic.getLineNumber() - 1)
						: "(no sample)";
				errors.add(where + ": " + diagnostic.getMessage(Locale.ROOT));
			}
		}
		assertThat(errors).as("compilation errors of the Java samples (file:line)").isEmpty();
	}

	@Test
	void relativeLinksPointToExistingFilesAndHeadings() {
		Map<Path, Set<String>> anchors = new HashMap<>();
		for (MarkdownPage page : this.pages) {
			anchors.put(page.file().normalize(), page.anchors());
		}
		List<String> broken = new ArrayList<>();
		for (MarkdownPage page : this.pages) {
			for (Link link : page.links()) {
				String target = link.target();
				if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
					continue; // http:, https:, mailto:
				}
				int hash = target.indexOf('#');
				String path = (hash >= 0) ? target.substring(0, hash) : target;
				String anchor = (hash >= 0) ? target.substring(hash + 1) : null;
				Path file = path.isEmpty() ? page.file() : page.file().getParent().resolve(path).normalize();
				String where = page.name() + ":" + link.line() + ": " + target;
				if (!file.startsWith(this.root) || !Files.exists(file)) {
					broken.add(where + " (no such file)");
				}
				else if (anchor != null) {
					Set<String> known = anchors.get(file);
					if (known == null) {
						broken.add(where + " (an anchor into a page that is not checked)");
					}
					else if (!known.contains(anchor)) {
						broken.add(where + " (no such heading; the page has " + known + ")");
					}
				}
			}
		}
		assertThat(broken).as("broken relative links (file:line: target)").isEmpty();
	}

	@Test
	void configurationReferenceListsExactlyTheConfigurationProperties() throws IOException {
		Set<String> properties = configurationProperties();
		MarkdownPage reference = this.pages.stream()
			.filter((page) -> page.name().equals("docs/configuration.md"))
			.findFirst()
			.orElseThrow();
		Set<String> documented = new TreeSet<>();
		for (String line : reference.prose()) {
			Matcher row = TABLE_ROW_PROPERTY.matcher(line);
			if (row.find()) {
				documented.add(row.group(1));
			}
		}
		Set<String> missing = new TreeSet<>(properties);
		missing.removeAll(documented);
		assertThat(missing).as("properties missing from docs/configuration.md").isEmpty();
		Set<String> stale = new TreeSet<>();
		for (String name : documented) {
			if (name.startsWith("socketio.") && !properties.contains(name)) {
				stale.add(name);
			}
		}
		assertThat(stale).as("properties in docs/configuration.md that do not exist").isEmpty();
	}

	@Test
	void pagesNameOnlyExistingProperties() throws IOException {
		Set<String> properties = configurationProperties();
		List<String> unknown = new ArrayList<>();
		for (MarkdownPage page : this.pages) {
			List<String> prose = page.prose();
			for (int i = 0; i < prose.size(); i++) {
				Matcher name = PROPERTY.matcher(prose.get(i));
				while (name.find()) {
					String property = name.group();
					boolean known = properties.contains(property) || METERS.contains(property)
							|| properties.stream().anyMatch((candidate) -> candidate.startsWith(property + "."));
					if (!known) {
						unknown.add(page.name() + ":" + (i + 1) + ": " + property);
					}
				}
			}
		}
		assertThat(unknown).as("property names that the configuration metadata does not have").isEmpty();
	}

	@Test
	void dependencySnippetsNameThisVersionForMavenAndGradleAlike() throws Exception {
		String version = XPathFactory.newInstance()
			.newXPath()
			.evaluate("/project/version", DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(this.root.resolve("pom.xml").toFile()));
		assertThat(version).as("the project's version").isNotBlank();
		Map<String, Set<String>> maven = new TreeMap<>();
		Map<String, Set<String>> gradle = new TreeMap<>();
		for (MarkdownPage page : this.pages) {
			for (CodeBlock block : page.codeBlocks()) {
				Matcher artifact = switch (block.language()) {
					case "xml" -> MAVEN_ARTIFACT.matcher(block.code());
					case "kotlin" -> GRADLE_ARTIFACT.matcher(block.code());
					default -> null;
				};
				if (artifact == null || !block.code().contains("io.github.sioasyncapi")) {
					continue;
				}
				Map<String, Set<String>> found = block.language().equals("xml") ? maven : gradle;
				boolean any = false;
				while (artifact.find()) {
					any = true;
					assertThat(artifact.group(2)).as(block.location() + ": the version of " + artifact.group(1))
						.isEqualTo(version);
					found.computeIfAbsent(page.name(), (name) -> new TreeSet<>()).add(artifact.group(1));
				}
				assertThat(any).as(block.location() + ": an artifact of io.github.sioasyncapi with its version").isTrue();
			}
		}
		assertThat(maven).as("Maven snippets by page").containsKeys("README.md", "docs/getting-started.md");
		assertThat(gradle).as("Gradle snippets by page (the same artifacts)").isEqualTo(maven);
	}

	/**
	 * The properties of this module's generated configuration metadata, with the properties of
	 * each entry of {@code socketio.asyncapi.servers} as {@code socketio.asyncapi.servers.<name>.*}.
	 */
	private Set<String> configurationProperties() throws IOException {
		Path metadata = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
		assertThat(metadata).as("metadata generated by spring-boot-configuration-processor").isRegularFile();
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(metadata));
		Set<String> properties = new TreeSet<>();
		for (JsonNode property : json.get("properties")) {
			properties.add(property.get("name").asString());
		}
		assertThat(properties).contains(SERVERS);
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(AsyncApiProperties.Server.class)) {
			if (descriptor.getWriteMethod() != null) {
				properties.add(SERVERS + ".<name>." + kebabCase(descriptor.getName()));
			}
		}
		return properties;
	}

	private static String kebabCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * A Java sample as a compilation unit of its own package, so that samples may declare types
	 * of the same name. The package declaration goes on the sample's first line, so line numbers
	 * are the sample's.
	 */
	private static final class Sample extends SimpleJavaFileObject {

		private final CodeBlock block;

		private final String source;

		Sample(CodeBlock block, int number) {
			super(URI.create("string:///sample" + number + "/" + fileName(block.code())), Kind.SOURCE);
			this.block = block;
			this.source = PACKAGE.matcher(block.code()).find() ? block.code()
					: "package docs.sample" + number + "; " + block.code();
		}

		private static String fileName(String code) {
			Matcher type = PUBLIC_TYPE.matcher(code);
			return (type.find() ? type.group(1) : "Sample") + ".java";
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.source;
		}

	}

}
