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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type of the published modules says since which version it exists, as
 * CONTRIBUTING.md asks: {@code @since} in its Javadoc, nested types included. (That every public
 * type and member has Javadoc at all is checked by the javadoc tool, whose warnings fail the
 * build.)
 */
class SinceTagTests {

	private static final List<String> PUBLISHED_SOURCES = List.of("asyncapi-socketio-autoconfigure/src/main/java",
			"asyncapi-socketio-test/src/main/java");

	private static final Pattern TYPE = Pattern.compile(
			"^(\\t*)((?:(?:public|protected|private|static|final|abstract|sealed|non-sealed)\\s+)*)(class|interface|record|enum|@interface)\\s+\\w+");

	@Test
	void everyPublicTypeOfThePublishedModulesHasASinceTag() throws IOException {
		Path root = MarkdownPage.repositoryRoot();
		List<String> checked = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String sources : PUBLISHED_SOURCES) {
			try (Stream<Path> files = Files.walk(root.resolve(sources))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
					check(root.relativize(file).toString(), Files.readAllLines(file), checked, missing);
				}
			}
		}
		assertThat(checked).as("public types found").hasSizeGreaterThan(150);
		assertThat(missing).as("public types without @since").isEmpty();
	}

	@Test
	void aTypeWithoutSinceIsReported() {
		List<String> checked = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		check("Sample.java", List.of("/**", " * A sample.", " *", " * @since 0.1.0", " */",
				"public interface Sample {", "", "\t/**", "\t * A nested type without it.", "\t */",
				"\t@FunctionalInterface", "\tinterface Nested {", "\t}", "", "\tprivate static class Hidden {",
				"\t}", "", "}"), checked, missing);
		assertThat(checked).containsExactly("Sample.java:6", "Sample.java:12");
		assertThat(missing).containsExactly("Sample.java:12");
	}

	/**
	 * Check the public types of one source file: top-level types declared {@code public}, nested
	 * types declared {@code public} or {@code protected}, and the member types of a public
	 * interface or annotation, which are public without the modifier.
	 */
	private static void check(String file, List<String> lines, List<String> checked, List<String> missing) {
		boolean publicInterface = false;
		for (int i = 0; i < lines.size(); i++) {
			Matcher type = TYPE.matcher(lines.get(i));
			if (!type.find()) {
				continue;
			}
			int depth = type.group(1).length();
			String modifiers = type.group(2);
			boolean isPublic = modifiers.contains("public") || (depth > 0 && modifiers.contains("protected"))
					|| (depth == 1 && publicInterface && !modifiers.contains("private"));
			if (depth == 0) {
				publicInterface = isPublic && type.group(3).contains("interface");
			}
			if (isPublic) {
				String where = file + ":" + (i + 1);
				checked.add(where);
				if (!javadocAbove(lines, i).contains("@since")) {
					missing.add(where);
				}
			}
		}
	}

	/**
	 * The Javadoc of the declaration at a line: the comment right above it, past its
	 * annotations; none if a blank line or the end of another member comes first.
	 */
	private static String javadocAbove(List<String> lines, int declaration) {
		int end = declaration - 1;
		while (end >= 0 && !lines.get(end).strip().endsWith("*/")) {
			String line = lines.get(end).strip();
			if (line.isEmpty() || line.endsWith(";") || line.endsWith("}")) {
				return "";
			}
			end--;
		}
		int start = end;
		while (start >= 0 && !lines.get(start).strip().startsWith("/**")) {
			start--;
		}
		return (start < 0) ? "" : String.join("\n", lines.subList(start, end + 1));
	}

}
