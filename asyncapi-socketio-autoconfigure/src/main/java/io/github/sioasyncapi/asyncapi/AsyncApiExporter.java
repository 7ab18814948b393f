package io.github.sioasyncapi.asyncapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Writes an application's AsyncAPI document to a file at build time, without starting its
 * Socket.IO server or web server, so that the document can be committed and reviewed as a
 * diff. The application context is created as usual (the application's beans exist), with
 * {@code spring.main.web-application-type=none} and {@code socketio.server.auto-startup=false}.
 * <p>From the command line, with the application's runtime classpath:
 * <pre class="code">
 * java -cp ... io.github.sioasyncapi.asyncapi.AsyncApiExporter com.example.GameApplication docs/asyncapi.yaml [--name=value ...]
 * </pre>
 * or from a test: {@code AsyncApiExporter.export(GameApplication.class, Path.of("docs/asyncapi.yaml"))}.
 * The format follows the file name: {@code .json} for JSON, YAML otherwise.
 */
public final class AsyncApiExporter {

	private AsyncApiExporter() {
	}

	/**
	 * Export the document of an application.
	 * @param args the application class, the output file, then Spring Boot arguments such as
	 * {@code --spring.profiles.active=docs}
	 * @throws ClassNotFoundException if the application class is not on the classpath
	 */
	public static void main(String[] args) throws ClassNotFoundException {
		if (args.length < 2) {
			System.err.println("usage: AsyncApiExporter <application class> <output file> [--name=value ...]");
			System.exit(2);
		}
		Class<?> application = ClassUtils.forName(args[0], AsyncApiExporter.class.getClassLoader());
		Path output = Path.of(args[1]);
		export(application, output, Arrays.copyOfRange(args, 2, args.length));
		System.out.println("AsyncAPI document of " + application.getName() + " written to " + output);
	}

	/**
	 * Export the document of an application to a file.
	 * @param application the application's main configuration class
	 * @param output the file, {@code .json} for JSON, YAML otherwise
	 * @param args Spring Boot arguments, such as {@code --socketio.asyncapi.info.version=2.0.0}
	 */
	public static void export(Class<?> application, Path output, String... args) {
		AsyncApiDocumentProvider document = generate(application, args);
		String text = output.getFileName().toString().endsWith(".json") ? document.getJson() : document.getYaml();
		try {
			Path parent = output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(output, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + output, ex);
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
