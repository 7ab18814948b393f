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

package io.github.sioasyncapi.benchmarks.document;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.sun.management.OperatingSystemMXBean;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiGenerator;
import io.github.sioasyncapi.asyncapi.AsyncApiWriter;
import io.github.sioasyncapi.asyncapi.SocketIoApiReader;
import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.typescript.TypeScriptGenerator;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the AsyncAPI document of a large API takes to build: generates the source of N events
 * (1,000 by default) in controllers of 50 handlers each — every event with its own payload record
 * of constrained fields, a shared nested type, an ack record per ten events and an {@code @Emits}
 * per ten events — compiles it with the JDK's compiler, starts the application context (no web
 * server, Socket.IO server not started), and times the first build of the document as users get
 * it (generation, YAML and JSON), with the CPU time the process spent meanwhile (compilers and
 * collectors included: steadier than the wall-clock time on a shared machine) and the requesting
 * thread's share of it, then builds after
 * warm-up; then the TypeScript declarations, first and after warm-up.
 * <p>With {@code prebuild} {@code true} the starter builds the document on its background thread
 * from the moment the application is ready ({@code socketio.asyncapi.prebuild}), and the first
 * figure is how long a request made at that moment waits for it; with {@code false} (the
 * default) the first request builds it.
 * <p>Arguments: {@code events} (1000), {@code out} (a properties file), {@code prebuild}
 * ({@code false}). The system property {@code document.warm-builds} sets how many builds after warm-up
 * are timed (10; more for a profile of the warm build). Prints the figures.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class DocumentBuildBenchmark {

	private static final int PER_CONTROLLER = 50;

	private static final int WARM_BUILDS = Integer.getInteger("document.warm-builds", 10);

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		Path sources = Files.createTempDirectory("generated-api");
		try {
			List<String> controllers = generate(sources, events);
			ClassLoader loader = compile(sources);
			Thread.currentThread().setContextClassLoader(loader);
			SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader),
					DocumentBuildBenchmark.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.addInitializers((context) -> {
				for (String controller : controllers) {
					((GenericApplicationContext) context).registerBean(load(loader, controller));
				}
			});
			boolean prebuild = args.length > 2 && Boolean.parseBoolean(args[2]);
			try (ConfigurableApplicationContext context = application.run("--socketio.server.auto-startup=false",
					"--socketio.asyncapi.prebuild=" + prebuild,
					"--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--spring.jackson.property-naming-strategy=SNAKE_CASE")) {
				measure(context, events, (args.length > 1) ? Path.of(args[1]) : null, prebuild);
			}
		}
		finally {
			try (var files = Files.walk(sources)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private static void measure(ConfigurableApplicationContext context, int events, Path out, boolean prebuild)
			throws IOException {
		AsyncApiDocumentProvider provider = context.getBean(AsyncApiDocumentProvider.class);
		OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = system.getProcessCpuTime();
		long threadCpuStarted = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		String yaml = provider.getYaml();
		provider.getJson();
		double firstMillis = (System.nanoTime() - started) / 1e6;
		double firstCpuMillis = (system.getProcessCpuTime() - cpuStarted) / 1e6;
		double firstThreadCpuMillis = (threads.getCurrentThreadCpuTime() - threadCpuStarted) / 1e6;
		AsyncApiDocument document = provider.getDocument();
		if (document.getOperations().size() < events) {
			throw new IllegalStateException("expected at least " + events + " operations, got "
					+ document.getOperations().size());
		}
		AsyncApiGenerator generator = context.getBean(AsyncApiGenerator.class);
		SocketIoHandlerRegistry registry = context.getBean(SocketIoHandlerRegistry.class);
		AsyncApiWriter writer = context.getBean(AsyncApiWriter.class);
		double[] warm = new double[WARM_BUILDS];
		for (int i = 0; i < WARM_BUILDS; i++) {
			long from = System.nanoTime();
			// as the application's provider builds it: the YAML and JSON written at the same time
			AsyncApiDocumentProvider again = new AsyncApiDocumentProvider(() -> generator
				.generate(SocketIoApiReader.read(registry), document.getInfo(), document.getServers()), List.of(), writer);
			again.getYaml();
			warm[i] = (System.nanoTime() - from) / 1e6;
		}
		Arrays.sort(warm);
		double warmMedian = warm[WARM_BUILDS / 2];
		System.out.printf("document for %d events (%d operations, %d schemas, %d kB of YAML): %s %.0f ms "
				+ "(process CPU meanwhile %.0f ms, of the requesting thread %.0f ms), after warm-up %.0f ms%n", events,
				document.getOperations().size(), document.getComponents().getSchemas().size(), yaml.length() / 1024,
				prebuild ? "first request at ready served after" : "first build", firstMillis, firstCpuMillis,
				firstThreadCpuMillis, warmMedian);
		// the TypeScript declarations, generated from the JSON on first request of {path}.d.ts
		long from = System.nanoTime();
		String typeScript = provider.getTypeScript();
		double typeScriptFirstMillis = (System.nanoTime() - from) / 1e6;
		double[] typeScriptWarm = new double[WARM_BUILDS];
		TypeScriptGenerator declarations = new TypeScriptGenerator();
		for (int i = 0; i < WARM_BUILDS; i++) {
			long start = System.nanoTime();
			declarations.generate(ClientContract.of(JsonMapper.shared().readTree(provider.getJson())));
			typeScriptWarm[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(typeScriptWarm);
		System.out.printf("TypeScript declarations (%d kB): first %.0f ms, after warm-up %.0f ms%n",
				typeScript.length() / 1024, typeScriptFirstMillis, typeScriptWarm[WARM_BUILDS / 2]);
		if (out != null) {
			Properties result = new Properties();
			result.setProperty("events", Integer.toString(events));
			result.setProperty("prebuild", Boolean.toString(prebuild));
			result.setProperty("firstBuildMillis", Double.toString(firstMillis));
			result.setProperty("firstBuildProcessCpuMillis", Double.toString(firstCpuMillis));
			result.setProperty("firstBuildThreadCpuMillis", Double.toString(firstThreadCpuMillis));
			result.setProperty("warmBuildMillis", Double.toString(warmMedian));
			result.setProperty("yamlBytes", Integer.toString(yaml.length()));
			result.setProperty("typeScriptFirstMillis", Double.toString(typeScriptFirstMillis));
			result.setProperty("typeScriptWarmMillis", Double.toString(typeScriptWarm[WARM_BUILDS / 2]));
			try (OutputStream stream = Files.newOutputStream(out)) {
				result.store(stream, "document build");
			}
		}
	}

	private static List<String> generate(Path sources, int events) throws IOException {
		Path dir = Files.createDirectories(sources.resolve("generated"));
		Files.writeString(dir.resolve("Item.java"), """
				package generated;
				public record Item(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 20) String sku,
						@jakarta.validation.constraints.Min(1) int quantity) {}
				""");
		List<String> controllers = new ArrayList<>();
		for (int from = 0; from < events; from += PER_CONTROLLER) {
			String controller = "Controller" + (from / PER_CONTROLLER);
			StringBuilder source = new StringBuilder("package generated;\n")
				.append("import io.github.sioasyncapi.annotation.*;\n")
				.append("@SocketIoController\n")
				.append("public class ").append(controller).append(" {\n");
			for (int i = from; i < Math.min(events, from + PER_CONTROLLER); i++) {
				writePayload(dir, i);
				String ack = "Ack" + (i / 10);
				if (i % 10 == 0) {
					Files.writeString(dir.resolve(ack + ".java"), "package generated;\npublic record " + ack
							+ "(boolean ok, @jakarta.validation.constraints.Size(max = 200) String message) {}\n");
					source.append("  @Emits(event = \"changed_").append(i).append("\", payload = Event").append(i)
						.append(".class)\n");
				}
				source.append("  @OnEvent(value = \"event_").append(i).append("\", summary = \"Event number ")
					.append(i).append("\")\n")
					.append("  public ").append(ack).append(" on").append(i).append("(Event").append(i)
					.append(" payload) { return new ").append(ack).append("(true, null); }\n");
			}
			source.append("}\n");
			Files.writeString(dir.resolve(controller + ".java"), source);
			controllers.add("generated." + controller);
		}
		return controllers;
	}

	private static void writePayload(Path dir, int i) throws IOException {
		Files.writeString(dir.resolve("Event" + i + ".java"), """
				package generated;
				import jakarta.validation.constraints.*;
				import io.swagger.v3.oas.annotations.media.Schema;
				@Schema(description = "The payload of event %1$d")
				public record Event%1$d(@Schema(description = "An id", example = "1") @Min(1) long id,
						@NotBlank @Size(max = 40) String name,
						@Min(0) @Max(100) int amount,
						@Pattern(regexp = "[a-z]+") String code,
						java.util.List<@jakarta.validation.Valid Item> items) {}
				""".formatted(i));
	}

	private static ClassLoader compile(Path sources) throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-proc:none", "-parameters", "-nowarn", "-classpath",
				System.getProperty("java.class.path"), "-d", sources.toString()));
		try (var files = Files.walk(sources)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> arguments.add(file.toString()));
		}
		int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("the generated API does not compile");
		}
		return new URLClassLoader(new URL[] { sources.toUri().toURL() }, DocumentBuildBenchmark.class.getClassLoader());
	}

	private static Class<?> load(ClassLoader loader, String name) {
		try {
			return loader.loadClass(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
