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

package io.github.sioasyncapi.autoconfigure;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.sioasyncapi.autoconfigure.minimal.MinimalApplication;
import io.github.sioasyncapi.testsupport.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.sioasyncapi.testsupport.SocketIoTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application with only the starter's mandatory dependencies (no web server, Actuator,
 * Micrometer, Spring Security or Redisson) starts, serves events and validates them, and with WebFlux but without
 * Spring MVC it serves the document and the viewer. Spring reads the declared methods of every
 * auto-configuration class it registers, so a type from an optional dependency in the wrong place
 * fails such an application with a {@link NoClassDefFoundError} that the usual tests, which have
 * every optional dependency, never see.
 */
@ExtendWith(OutputCaptureExtension.class)
class StarterWithoutOptionalDependenciesTests {

	private static final List<String> SPRING_MVC = List.of("webmvc", "tomcat", "spring-boot-servlet");

	private static final List<String> OPTIONAL = Stream
		.of(List.of("redisson", "actuator", "micrometer", "spring-boot-health", "spring-boot-web-server", "security"),
				SPRING_MVC,
				List.of("webflux", "reactor-netty", "spring-boot-netty"))
		.flatMap(List::stream)
		.toList();

	@Test
	void anApplicationWithoutOptionalDependenciesStartsAndServesEvents() throws Exception {
		try (URLClassLoader loader = new URLClassLoader(classpathWithout(OPTIONAL),
				ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("org.redisson.api.RedissonClient"));
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"));
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("io.micrometer.observation.ObservationRegistry"));
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("org.springframework.security.core.Authentication"));
			try (AutoCloseable context = run(loader, "--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
					"--spring.main.banner-mode=off")) {
				int port = Integer.parseInt(property(context, "local.socketio.server.port"));
				try (SocketIoTestClient client = SocketIoTestClient.connect(port)) {
					assertThat(client.emitWithAck("double", "21")).containsExactly(json("42"));
					assertThat(client.emitWithAck("double", "-1").get(0).get("error").get("code").asString())
						.isEqualTo("invalid_payload");
				}
			}
		}
	}

	@Test
	void withoutBeanValidationConstrainedHandlersFailTheStartUnlessValidationIsOff(CapturedOutput output)
			throws Exception {
		List<String> excluded = Stream.concat(OPTIONAL.stream(), Stream.of("hibernate-validator")).toList();
		try (URLClassLoader loader = new URLClassLoader(classpathWithout(excluded),
				ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("org.hibernate.validator.HibernateValidator"));
			// the Doubler's payload is @Min(0): nothing would enforce it
			assertThatExceptionOfType(InvocationTargetException.class)
				.isThrownBy(() -> run(loader, "--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
						"--spring.main.banner-mode=off"))
				.havingRootCause()
				.withMessage("Doubler#twice declares Bean Validation constraints (@Min on parameter 'value'), "
						+ "but the application has no Bean Validation validator to enforce them");
			// Spring Boot's failure analysis, from the starter's analyzer, says what to do
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Action:")
				.contains("Keep Hibernate Validator on the class path");
			try (AutoCloseable context = run(loader, "--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
					"--spring.main.banner-mode=off", "--socketio.validation.enabled=false")) {
				int port = Integer.parseInt(property(context, "local.socketio.server.port"));
				try (SocketIoTestClient client = SocketIoTestClient.connect(port)) {
					// accepted unchecked, as the application asked
					assertThat(client.emitWithAck("double", "-1")).containsExactly(json("-2"));
				}
			}
		}
	}

	@Test
	void aWebFluxApplicationWithoutSpringMvcServesTheDocumentAndTheViewer() throws Exception {
		// WebFlux needs Micrometer's observation API (not its metrics)
		List<String> excluded = Stream
			.of(List.of("redisson", "actuator", "micrometer-core", "micrometer-metrics", "spring-boot-health"), SPRING_MVC)
			.flatMap(List::stream)
			.toList();
		try (URLClassLoader loader = new URLClassLoader(classpathWithout(excluded), ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("org.springframework.web.servlet.DispatcherServlet"));
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"));
			try (AutoCloseable context = run(loader, "--socketio.server.port=0", "--socketio.server.host=127.0.0.1",
					"--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off")) {
				assertThat(context.getClass().getName()).contains("Reactive");
				String base = "http://127.0.0.1:" + property(context, "local.server.port");
				HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
				for (String path : List.of("/asyncapi.yaml", "/asyncapi.json", "/asyncapi", "/asyncapi/ui/app.js")) {
					HttpResponse<String> response = http.send(
							HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
							HttpResponse.BodyHandlers.ofString());
					assertThat(response.statusCode()).as(path).isEqualTo(200);
					if (path.endsWith(".yaml")) {
						assertThat(response.body()).contains("double:");
					}
				}
			}
		}
	}

	private static AutoCloseable run(ClassLoader loader, String... args) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			Class<?> application = Class.forName(MinimalApplication.class.getName(), true, loader);
			Class<?> springApplication = Class.forName("org.springframework.boot.SpringApplication", true, loader);
			return (AutoCloseable) springApplication.getMethod("run", Class.class, String[].class)
				.invoke(null, application, args);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static String property(Object context, String name) throws Exception {
		Object environment = context.getClass().getMethod("getEnvironment").invoke(context);
		Class<?> resolver = Class.forName("org.springframework.core.env.PropertyResolver", false,
				context.getClass().getClassLoader());
		return (String) resolver.getMethod("getProperty", String.class).invoke(environment, name);
	}

	private static URL[] classpathWithout(List<String> excluded) {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> excluded.stream().noneMatch(entry::contains))
			.map(StarterWithoutOptionalDependenciesTests::toUrl)
			.toArray(URL[]::new);
	}

	private static URL toUrl(String classpathEntry) {
		try {
			return new File(classpathEntry).toURI().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
