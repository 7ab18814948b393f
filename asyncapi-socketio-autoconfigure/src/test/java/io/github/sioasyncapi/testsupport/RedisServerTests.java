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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RedisServer}: without {@code redis-server}, tests with Redis are skipped
 * outside CI and fail in CI.
 */
class RedisServerTests {

	@Test
	void withoutRedisServerTheTestsAreSkippedOutsideCi(@TempDir Path empty) {
		RedisServer server = new RedisServer(Map.of("PATH", empty.toString())::get, List.of());
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(server::executable)
			.withMessageContaining("redis-server is not installed")
			.withMessageContaining("apt-get install redis-server");
	}

	@Test
	void withoutRedisServerTheTestsFailInCi(@TempDir Path empty) {
		RedisServer server = new RedisServer(Map.of("PATH", empty.toString(), "CI", "true")::get, List.of());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(server::executable)
			.withMessageContaining("redis-server is not installed")
			.withMessageContaining("must run in CI");
	}

	@Test
	void theExecutableIsFoundOnThePath(@TempDir Path directory) throws Exception {
		Path executable = Files.createFile(directory.resolve("redis-server"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		RedisServer server = new RedisServer(Map.of("PATH", directory.toString(), "CI", "true")::get, List.of());
		assertThat(server.executable()).isEqualTo(executable.toString());
	}

}
