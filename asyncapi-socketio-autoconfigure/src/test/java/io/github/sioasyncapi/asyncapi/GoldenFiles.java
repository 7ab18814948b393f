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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under {@code src/test/resources/asyncapi/golden/}. Run the tests with
 * {@code -Dasyncapi.golden.update=true} to (re)write them from the current output, then review
 * the diff.
 */
final class GoldenFiles {

	/** The system property that makes tests write golden files instead of comparing. */
	static final String UPDATE_PROPERTY = "asyncapi.golden.update";

	static final Path DIRECTORY = Path.of("src", "test", "resources", "asyncapi", "golden");

	private GoldenFiles() {
	}

	static void assertMatches(String fileName, String actual) throws IOException {
		Path file = DIRECTORY.resolve(fileName);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Files.createDirectories(DIRECTORY);
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		assertThat(file).as("golden file %s (create it with -D%s=true)", file, UPDATE_PROPERTY).exists();
		assertThat(actual).as("document differs from %s; if the change is intended, refresh with -D%s=true",
				file, UPDATE_PROPERTY)
			.isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
	}

}
