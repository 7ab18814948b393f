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

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import io.github.sioasyncapi.docs.MarkdownPage.CodeBlock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java samples of {@code docs/testing.md} compile against this module's test class path,
 * which has the tester (the documentation checks of {@code asyncapi-socketio-autoconfigure}
 * cannot: the tester depends on that module). They compile together, in one package, so that the
 * tests on the page use the controller shown at its top. Tagged for the test run with Spring
 * Security, which the samples of the slice with Spring Security use.
 */
@Tag("integrations")
class TestingDocumentationTests {

	private static final String PAGE = "docs/testing.md";

	@Test
	void javaSamplesCompileWithTheTester(@TempDir Path classes) throws IOException {
		MarkdownPage page = MarkdownPage.all(MarkdownPage.repositoryRoot())
			.stream()
			.filter((candidate) -> candidate.name().equals(PAGE))
			.findFirst()
			.orElseThrow();
		List<Sample> samples = new ArrayList<>();
		for (CodeBlock block : page.codeBlocks()) {
			if (block.language().equals("java")) {
				assertThat(block.notCompiled()).as("%s is marked for this test, not the autoconfigure module's",
						block.location())
					.isTrue();
				samples.add(new Sample(block, samples.size() + 1));
			}
		}
		assertThat(samples).as("Java samples of " + PAGE).hasSizeGreaterThanOrEqualTo(5);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
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
						? PAGE + ":" + (sample.block.firstLine() + diagnostic.getLineNumber() - 1) : "(no sample)";
				errors.add(where + ": " + diagnostic.getMessage(Locale.ROOT));
			}
		}
		assertThat(errors).as("compilation errors of the Java samples (file:line)").isEmpty();
	}

	/**
	 * A sample as a compilation unit of the page's package; the package declaration goes on the
	 * sample's first line, so line numbers are the sample's.
	 */
	private static final class Sample extends SimpleJavaFileObject {

		private final CodeBlock block;

		Sample(CodeBlock block, int number) {
			super(URI.create("string:///docs/testing/Sample" + number + ".java"), Kind.SOURCE);
			this.block = block;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return "package docs.testing; " + this.block.code();
		}

	}

}
