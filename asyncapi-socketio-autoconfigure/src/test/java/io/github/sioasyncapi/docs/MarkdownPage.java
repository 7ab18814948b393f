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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown page of the repository's documentation, read as GitHub renders it as far as the
 * documentation checks need: fenced code blocks, inline links and heading anchors.
 */
final class MarkdownPage {

	/**
	 * Put on the line before a fenced Java block that cannot be a compilation unit, with the
	 * reason: {@code <!-- not compiled: the reason -->}.
	 */
	static final String NOT_COMPILED = "<!-- not compiled:";

	private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,})\\s*([\\w+-]*).*$");

	private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");

	private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private final Path root;

	private final Path file;

	private final List<String> lines;

	private final List<CodeBlock> blocks = new ArrayList<>();

	/** The page's lines with the fenced blocks blanked out. */
	private final List<String> prose = new ArrayList<>();

	private MarkdownPage(Path root, Path file) {
		this.root = root;
		this.file = file;
		try {
			this.lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		parse();
	}

	/**
	 * The root README, the changelog, the contributing guide and every page under
	 * {@code docs/}.
	 * @param root the repository's root
	 * @return the pages, README first
	 */
	static List<MarkdownPage> all(Path root) {
		List<MarkdownPage> pages = new ArrayList<>();
		pages.add(new MarkdownPage(root, root.resolve("README.md")));
		pages.add(new MarkdownPage(root, root.resolve("CHANGELOG.md")));
		pages.add(new MarkdownPage(root, root.resolve("CONTRIBUTING.md")));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md"))
				.sorted()
				.forEach((path) -> pages.add(new MarkdownPage(root, path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	/**
	 * The repository's root: the nearest directory above the working directory with a
	 * {@code docs} directory and a {@code README.md}.
	 * @return the root
	 */
	static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("README.md"))
					&& Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
	}

	private void parse() {
		int i = 0;
		while (i < this.lines.size()) {
			Matcher fence = FENCE.matcher(this.lines.get(i));
			if (!fence.matches()) {
				this.prose.add(this.lines.get(i));
				i++;
				continue;
			}
			String indent = fence.group(1);
			String ticks = fence.group(2);
			String language = fence.group(3).toLowerCase(Locale.ROOT);
			int start = i;
			StringBuilder code = new StringBuilder();
			this.prose.add("");
			i++;
			while (i < this.lines.size() && !this.lines.get(i).strip().equals(ticks)) {
				String line = this.lines.get(i);
				code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading())
					.append('\n');
				this.prose.add("");
				i++;
			}
			if (i == this.lines.size()) {
				throw new IllegalStateException(name() + ":" + (start + 1) + ": code block is never closed");
			}
			this.prose.add("");
			i++;
			this.blocks.add(new CodeBlock(this, start + 2, language, code.toString(), notCompiledMark(start)));
		}
	}

	private boolean notCompiledMark(int fenceLine) {
		for (int i = fenceLine - 1; i >= 0; i--) {
			String line = this.lines.get(i).strip();
			if (!line.isEmpty()) {
				return line.startsWith(NOT_COMPILED);
			}
		}
		return false;
	}

	/**
	 * The page's name, relative to the repository's root.
	 * @return for example {@code docs/viewer.md}
	 */
	String name() {
		return this.root.relativize(this.file).toString().replace('\\', '/');
	}

	Path file() {
		return this.file;
	}

	List<CodeBlock> codeBlocks() {
		return this.blocks;
	}

	/**
	 * The targets of the page's inline links and images, outside code, by line.
	 * @return each link with its line number
	 */
	List<Link> links() {
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < this.prose.size(); i++) {
			String text = INLINE_CODE.matcher(this.prose.get(i)).replaceAll("");
			Matcher link = LINK.matcher(text);
			while (link.find()) {
				links.add(new Link(i + 1, link.group(1)));
			}
		}
		return links;
	}

	/**
	 * The prose of the page, code blocks blanked out, one entry per line.
	 * @return the lines
	 */
	List<String> prose() {
		return this.prose;
	}

	/**
	 * The anchors GitHub gives the page's headings: lower case, punctuation removed, spaces
	 * turned into hyphens, repeated anchors numbered.
	 * @return the anchors
	 */
	Set<String> anchors() {
		Set<String> anchors = new LinkedHashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String line : this.prose) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
				String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_ -]", "").replace(' ', '-');
				int count = seen.merge(slug, 1, Integer::sum);
				anchors.add((count == 1) ? slug : slug + "-" + (count - 1));
			}
		}
		return anchors;
	}

	/**
	 * A fenced code block.
	 *
	 * @param page the page
	 * @param firstLine the line number of the block's first line of code
	 * @param language the info string's language, lower case, empty when none
	 * @param code the code, without the block's indentation
	 * @param notCompiled whether the block is marked as not compiled
	 */
	record CodeBlock(MarkdownPage page, int firstLine, String language, String code, boolean notCompiled) {

		String location() {
			return this.page.name() + ":" + this.firstLine;
		}

	}

	/**
	 * An inline link or image.
	 *
	 * @param line the line number
	 * @param target the link's target as written
	 */
	record Link(int line, String target) {
	}

}
