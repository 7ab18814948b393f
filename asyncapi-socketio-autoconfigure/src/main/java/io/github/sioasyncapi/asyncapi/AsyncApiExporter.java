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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.sioasyncapi.asyncapi.compatibility.AsyncApiCompatibility;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Writes an application's AsyncAPI document to a file at build time, without starting its
 * Socket.IO server or web server, so that the document can be committed and reviewed as a
 * diff, and its TypeScript declarations beside it ({@code asyncapi.yaml} gives
 * {@code asyncapi.d.ts}). The application context is created as usual (the application's beans
 * exist), with {@code spring.main.web-application-type=none} and
 * {@code socketio.server.auto-startup=false}.
 * <p>From the command line, with the application's runtime classpath:
 * <pre class="code">
 * java -cp ... io.github.sioasyncapi.asyncapi.AsyncApiExporter com.example.GameApplication docs/asyncapi.yaml [--name=value ...]
 * </pre>
 * or from a test: {@code AsyncApiExporter.export(GameApplication.class, Path.of("docs/asyncapi.yaml"))}.
 * The format follows the file name: {@code .json} for JSON, YAML otherwise.
 * <p>With {@code --check}, it writes nothing but compares the application's document with a
 * committed one ({@link AsyncApiCompatibility}), prints what changed for clients to the
 * standard output and exits with 1 when a change breaks them (2, said on the standard error,
 * when the committed file cannot be read):
 * <pre class="code">
 * java -cp ... io.github.sioasyncapi.asyncapi.AsyncApiExporter --check docs/asyncapi.yaml com.example.GameApplication [--name=value ...]
 * </pre>
 *
 * @since 0.1.0
 */
public final class AsyncApiExporter {

	private AsyncApiExporter() {
	}

	/**
	 * Export the document of an application, or check it against a committed one; exits with
	 * a non-zero status when the check finds breaking changes (1) or the arguments are wrong
	 * or name a committed file that cannot be read (2).
	 * @param args the application class, the output file, then Spring Boot arguments such as
	 * {@code --spring.profiles.active=docs}; or {@code --check}, the committed file, the
	 * application class, then Spring Boot arguments
	 * @throws ClassNotFoundException if the application class is not on the classpath
	 */
	public static void main(String[] args) throws ClassNotFoundException {
		int status = run(args);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * What {@link #main(String[])} does, without exiting.
	 * @param args the arguments of {@link #main(String[])}
	 * @return the exit status: 0 when exported or compatible, 1 when a change breaks clients,
	 * 2 on wrong arguments or a committed file that cannot be read
	 * @throws ClassNotFoundException if the application class is not on the classpath
	 */
	public static int run(String... args) throws ClassNotFoundException {
		if (args.length >= 3 && "--check".equals(args[0])) {
			Class<?> application = ClassUtils.forName(args[2], AsyncApiExporter.class.getClassLoader());
			ClientContract committed;
			try {
				committed = ClientContract.read(Path.of(args[1]));
			}
			catch (UncheckedIOException | IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			AsyncApiDocumentProvider document = generate(application, Arrays.copyOfRange(args, 3, args.length));
			return AsyncApiCompatibility.report(committed, ClientContract.of(document.getDocument()));
		}
		if (args.length < 2 || args[0].startsWith("--")) {
			System.err.println("usage: AsyncApiExporter <application class> <output file> [--name=value ...]");
			System.err.println("       AsyncApiExporter --check <committed file> <application class> [--name=value ...]");
			return 2;
		}
		Class<?> application = ClassUtils.forName(args[0], AsyncApiExporter.class.getClassLoader());
		Path output = Path.of(args[1]);
		export(application, output, Arrays.copyOfRange(args, 2, args.length));
		System.out.println("AsyncAPI document of " + application.getName() + " written to " + output + ", "
				+ "its TypeScript declarations to " + typeScriptFile(output));
		return 0;
	}

	/**
	 * Export the document of an application to a file, and its TypeScript declarations beside
	 * it ({@link #typeScriptFile(Path)}).
	 * @param application the application's main configuration class
	 * @param output the file, {@code .json} for JSON, YAML otherwise
	 * @param args Spring Boot arguments, such as {@code --socketio.asyncapi.info.version=2.0.0}
	 */
	public static void export(Class<?> application, Path output, String... args) {
		AsyncApiDocumentProvider document = generate(application, args);
		write(output, output.getFileName().toString().endsWith(".json") ? document.getJson() : document.getYaml());
		write(typeScriptFile(output), document.getTypeScript());
	}

	/**
	 * The file of the TypeScript declarations beside a document file: {@code docs/asyncapi.yaml}
	 * (or {@code .yml}, {@code .json}) gives {@code docs/asyncapi.d.ts}.
	 * @param output the document file
	 * @return the declarations file
	 */
	public static Path typeScriptFile(Path output) {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0 && name.substring(dot).matches("\\.(ya?ml|json)")) ? name.substring(0, dot) : name;
		return output.resolveSibling(base + ".d.ts");
	}

	private static void write(Path file, String text) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/**
	 * Generate the document of an application.
	 * @param application the application's main configuration class
	 * @param args Spring Boot arguments
	 * @return the document, built, with its YAML and JSON forms
	 */
	public static AsyncApiDocumentProvider generate(Class<?> application, String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).main(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(false)
			.properties("socketio.server.auto-startup=false")
			.run(args)) {
			AsyncApiDocumentProvider provider = context.getBean(AsyncApiDocumentProvider.class);
			provider.getDocument();
			return provider;
		}
	}

}
