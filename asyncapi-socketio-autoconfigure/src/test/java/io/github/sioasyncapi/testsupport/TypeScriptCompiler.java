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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * The real TypeScript compiler for tests, with socket.io-client's type declarations: npm
 * installs the versions of {@code typescript/package.json} (a test resource) into
 * {@code target/typescript/} once, without lockfile or install scripts; {@link #compile}
 * then runs {@code tsc --strict --noEmit} on a set of files.
 * <p>When {@code node} or {@code npm} is not installed, or npm cannot install the packages,
 * the tests are skipped with a message saying why, except in CI (environment variable
 * {@code CI=true}), where they fail. Every command is bounded in time.
 */
public final class TypeScriptCompiler {

	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(2);

	private static final Path DIRECTORY = Path.of("target", "typescript");

	private static TypeScriptCompiler installed;

	private final Function<String, String> environment;

	private final Path directory;

	TypeScriptCompiler(Function<String, String> environment, Path directory) {
		this.environment = environment;
		this.directory = directory;
	}

	/**
	 * The compiler, installed on first use under {@code target/typescript/}.
	 * @return the compiler
	 */
	public static synchronized TypeScriptCompiler get() {
		if (installed == null) {
			TypeScriptCompiler compiler = new TypeScriptCompiler(System::getenv, DIRECTORY.toAbsolutePath());
			compiler.install();
			installed = compiler;
		}
		return installed;
	}

	/**
	 * Install the packages, unless the same {@code package.json} is installed already.
	 */
	void install() {
		String node = executable("node");
		String npm = executable("npm");
		try {
			byte[] manifest = resource("typescript/package.json");
			Path packageJson = this.directory.resolve("package.json");
			boolean current = Files.exists(packageJson) && Arrays.equals(Files.readAllBytes(packageJson), manifest)
					&& Files.exists(tsc());
			if (current) {
				return;
			}
			Files.createDirectories(this.directory);
			Files.write(packageJson, manifest);
			Files.write(this.directory.resolve(".npmrc"), resource("typescript/npmrc"));
			Result result = run(List.of(npm, "install", "--no-audit", "--no-fund", "--no-package-lock"),
					this.directory, INSTALL_TIMEOUT);
			if (result.exitCode() != 0 || !Files.exists(tsc())) {
				unavailable("npm could not install typescript and socket.io-client (exit " + result.exitCode() + "): "
						+ result.output().strip());
			}
			run(List.of(node, tsc().toString(), "--version"), this.directory, COMPILE_TIMEOUT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + this.directory, ex);
		}
	}

	/**
	 * Compile a set of files with {@code tsc --strict --noEmit} in a fresh directory under
	 * {@code target/typescript/}, where socket.io-client resolves.
	 * @param name the directory's name
	 * @param files the files by relative path, for example {@code api.d.ts} and
	 * {@code client.ts}
	 * @return what tsc answered
	 */
	public Result compile(String name, Map<String, String> files) {
		return tsc(name, files, List.of("--noEmit"));
	}

	/**
	 * Compile a set of files with {@code tsc --strict} to JavaScript (ES2022 modules, written
	 * beside them), for example to run a client with {@code node}.
	 * @param name the directory's name
	 * @param files the files by relative path
	 * @return what tsc answered, and where the files are
	 */
	public Result emit(String name, Map<String, String> files) {
		return tsc(name, files, List.of());
	}

	private Result tsc(String name, Map<String, String> files, List<String> options) {
		Path cases = this.directory.resolve("cases").resolve(name);
		try {
			FileSystemUtils.deleteRecursively(cases);
			Files.createDirectories(cases);
			// ES modules, as in a browser or a bundler
			Files.writeString(cases.resolve("package.json"), "{ \"type\": \"module\" }\n");
			List<String> command = new ArrayList<>(List.of(executable("node"), tsc().toString(), "--strict",
					"--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--pretty",
					"false"));
			command.addAll(options);
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path path = cases.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
				command.add(file.getKey());
			}
			return run(command, cases, COMPILE_TIMEOUT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the files of " + name, ex);
		}
	}

	/**
	 * Run {@code node} with a script.
	 * @param script the script
	 * @param arguments its arguments
	 * @param timeout how long it may take
	 * @return its exit code and output
	 */
	public Result node(Path script, List<String> arguments, Duration timeout) {
		List<String> command = new ArrayList<>(List.of(executable("node"), script.toString()));
		command.addAll(arguments);
		return run(command, script.getParent(), timeout);
	}

	private Path tsc() {
		return this.directory.resolve("node_modules/typescript/bin/tsc");
	}

	private static Result run(List<String> command, Path directory, Duration timeout) {
		try {
			Path output = Files.createTempFile("tsc-", ".log");
			try {
				Process process = new ProcessBuilder(command).directory(directory.toFile())
					.redirectErrorStream(true)
					.redirectOutput(output.toFile())
					.start();
				if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
					throw new IllegalStateException(command + " did not end within " + timeout.toSeconds() + " s: "
							+ Files.readString(output));
				}
				return new Result(process.exitValue(), Files.readString(output), directory);
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
	}

	/**
	 * An executable on the {@code PATH}; skips the tests (outside CI) or fails them (in CI)
	 * when it is not installed.
	 */
	String executable(String name) {
		Optional<String> found = find(name);
		if (found.isEmpty()) {
			unavailable(name + " is not installed (Debian: apt-get install nodejs npm)");
		}
		return found.get();
	}

	private void unavailable(String message) {
		if ("true".equals(this.environment.apply("CI"))) {
			throw new IllegalStateException(message + "; the TypeScript tests must run in CI (CI=true)");
		}
		Assumptions.abort(message + "; skipping the TypeScript tests (they must run in CI)");
	}

	private Optional<String> find(String name) {
		String path = this.environment.apply("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.filter((directory) -> !directory.isEmpty())
			.map((directory) -> Path.of(directory, name))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = TypeScriptCompiler.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("No test resource " + name);
			}
			return in.readAllBytes();
		}
	}

	/**
	 * What a command answered.
	 *
	 * @param exitCode the exit code, 0 when tsc found no error
	 * @param output the standard output and error, one diagnostic per line
	 * @param directory the directory it ran in
	 */
	public record Result(int exitCode, String output, Path directory) {

		/**
		 * The errors tsc reported, by file: {@code client.ts(4,43): error TS2322: ...} with
		 * the lines that follow it.
		 * @return the error messages by file name
		 */
		public Map<String, List<String>> errorsByFile() {
			Map<String, List<String>> errors = new LinkedHashMap<>();
			String file = null;
			for (String line : this.output.lines().toList()) {
				int paren = line.indexOf('(');
				if (paren > 0 && line.contains("): error TS")) {
					file = line.substring(0, paren);
					errors.computeIfAbsent(file, (key) -> new ArrayList<>()).add(line);
				}
				else if (file != null && line.startsWith(" ")) {
					List<String> messages = errors.get(file);
					messages.set(messages.size() - 1, messages.get(messages.size() - 1) + "\n" + line);
				}
			}
			return errors;
		}

	}

}
