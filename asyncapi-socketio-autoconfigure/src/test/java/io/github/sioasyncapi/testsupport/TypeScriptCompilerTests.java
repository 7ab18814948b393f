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

package io.github.sioasyncapi.testsupport;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TypeScriptCompiler}: without node and npm, the TypeScript tests are
 * skipped outside CI and fail in CI.
 */
class TypeScriptCompilerTests {

	@Test
	void withoutNodeTheTestsAreSkippedOutsideCi(@TempDir Path empty) {
		TypeScriptCompiler compiler = new TypeScriptCompiler(Map.of("PATH", empty.toString())::get, empty);
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(compiler::install)
			.withMessageContaining("node is not installed")
			.withMessageContaining("skipping the TypeScript tests");
	}

	@Test
	void withoutNodeTheTestsFailInCi(@TempDir Path empty) {
		TypeScriptCompiler compiler = new TypeScriptCompiler(Map.of("PATH", empty.toString(), "CI", "true")::get,
				empty);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(compiler::install)
			.withMessageContaining("node is not installed")
			.withMessageContaining("must run in CI");
	}

}
