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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiGenerator;
import io.github.sioasyncapi.asyncapi.AsyncApiWriter;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Server;
import io.github.sioasyncapi.asyncapi.schema.SchemaGenerator;
import io.github.sioasyncapi.asyncapi.typescript.TypeScriptGenerator;
import io.github.sioasyncapi.testsupport.WithoutSocketIoServer;
import io.github.sioasyncapi.web.AsyncApiDocumentHandler;
import io.github.sioasyncapi.web.AsyncApiDocumentWebFluxHandler;
import io.github.sioasyncapi.web.AsyncApiViewerHandler;
import io.github.sioasyncapi.web.AsyncApiViewerWebFluxHandler;
import io.swagger.v3.core.converter.ModelConverters;
import jakarta.validation.constraints.Max;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AsyncApiAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(JacksonAutoConfiguration.class,
			ValidationAutoConfiguration.class, SocketIoAutoConfiguration.class, AsyncApiAutoConfiguration.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new WithoutSocketIoServer())
		.withConfiguration(CONFIGURATIONS)
		.withUserConfiguration(EchoController.class);

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withInitializer(new WithoutSocketIoServer())
		.withConfiguration(CONFIGURATIONS)
		.withUserConfiguration(EchoController.class);

	@Test
	void documentsTheHandlers() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SchemaGenerator.class)
				.hasSingleBean(AsyncApiGenerator.class)
				.hasSingleBean(AsyncApiWriter.class)
				.hasSingleBean(TypeScriptGenerator.class)
				.hasSingleBean(AsyncApiDocumentProvider.class)
				.doesNotHaveBean(AsyncApiDocumentHandler.class)
				.doesNotHaveBean(AsyncApiViewerHandler.class);
			AsyncApiDocument document = context.getBean(AsyncApiDocumentProvider.class).getDocument();
			assertThat(document.getOperations()).containsOnlyKeys("receiveEcho");
			assertThat(document.getComponents().getMessages()).containsOnlyKeys("echo", "echo_ack", "error_ack");
			assertThat(document.getInfo().getTitle()).isEqualTo("Socket.IO API");
			assertThat(document.getInfo().getVersion()).isEqualTo("1.0.0");
			Server server = document.getServers().get("socketio");
			assertThat(server.getHost()).isEqualTo("localhost:9092");
			assertThat(server.getPathname()).isEqualTo("/socket.io");
		});
	}

	@Test
	void nothingOfTheDocumentIsCreatedAtStartUp() {
		this.webRunner.run((context) -> {
			ConfigurableListableBeanFactory beans = context.getBeanFactory();
			List<String> lazy = List.of("asyncApiSchemaGenerator", "asyncApiGenerator", "asyncApiWriter",
					"asyncApiTypeScriptGenerator");
			assertThat(lazy).noneMatch(beans::containsSingleton);
			routes(context).perform(get("/asyncapi.yaml")).andExpect(status().isOk());
			assertThat(lazy.subList(0, 3)).allMatch(beans::containsSingleton);
			routes(context).perform(get("/asyncapi.d.ts")).andExpect(status().isOk());
			assertThat(beans.containsSingleton("asyncApiTypeScriptGenerator")).isTrue();
		});
	}

	@Test
	void theDocumentIsBuiltOnABackgroundThreadOnceTheApplicationIsReady() {
		BuildingThread customizer = new BuildingThread();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PrebuiltApp.class)
			.web(WebApplicationType.NONE)
			.initializers((ConfigurableApplicationContext app) -> app.getBeanFactory()
				.registerSingleton("buildingThread", customizer))
			.properties("socketio.server.port=0", "socketio.server.host=127.0.0.1", "spring.main.banner-mode=off")
			.run()) {
			await().atMost(Duration.ofSeconds(60)).until(() -> customizer.thread != null);
			assertThat(customizer.thread).isEqualTo(AsyncApiDocumentPrebuilder.THREAD_NAME);
			assertThat(context.getBean(AsyncApiDocumentProvider.class).getYaml()).contains("receiveEcho");
			assertThat(customizer.calls).hasValue(1);
		}
	}

	@Test
	void prebuildingCanBeTurnedOff() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(AsyncApiDocumentPrebuilder.class));
		this.runner.withPropertyValues("socketio.asyncapi.prebuild=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentPrebuilder.class)
				.hasSingleBean(AsyncApiDocumentProvider.class));
	}

	@Test
	void isDisabledByProperty() {
		this.webRunner.withPropertyValues("socketio.asyncapi.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentProvider.class)
				.doesNotHaveBean(AsyncApiGenerator.class)
				.doesNotHaveBean(AsyncApiDocumentHandler.class)
				.doesNotHaveBean("asyncApiRouterFunction")
				.doesNotHaveBean(AsyncApiViewerHandler.class));
	}

	@Test
	void backsOffWhenSocketIoIsDisabled() {
		this.runner.withPropertyValues("socketio.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentProvider.class));
	}

	@Test
	void backsOffWithoutSwaggerCore() {
		this.runner.withClassLoader(new FilteredClassLoader(ModelConverters.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentProvider.class));
	}

	@Test
	void backsOffWithoutJacksonYaml() {
		this.runner.withClassLoader(new FilteredClassLoader(YAMLMapper.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentProvider.class));
	}

	@Test
	void applicationBeansWin() {
		this.webRunner.withUserConfiguration(CustomBeans.class).run((context) -> {
			assertThat(context).getBean(AsyncApiDocumentProvider.class).isSameAs(CustomBeans.provider);
			assertThat(context).getBean(AsyncApiWriter.class).isSameAs(CustomBeans.writer);
			assertThat(context).getBean(AsyncApiDocumentHandler.class).isSameAs(CustomBeans.handler);
		});
	}

	@Test
	void customizersChangeTheDocumentInOrder() {
		this.runner.withUserConfiguration(Customizers.class).run((context) -> {
			AsyncApiDocumentProvider provider = context.getBean(AsyncApiDocumentProvider.class);
			assertThat(provider.getDocument().getInfo().getDescription()).isEqualTo("first, second");
			assertThat(provider.getYaml()).contains("description: \"first, second\"");
			assertThat(provider.getTypeScript()).contains("echo: (payload: Echo, callback: (ack: Echo | ErrorAck) => void) => void;");
			provider.getJson();
			assertThat(context.getBean(Customizers.class).calls).hasSize(2);
		});
	}

	@Test
	void withoutValidationConstraintsAreNotDocumentedButTheErrorAckStillIs() {
		this.runner.withPropertyValues("socketio.validation.enabled=false").run((context) -> {
			AsyncApiDocument document = context.getBean(AsyncApiDocumentProvider.class).getDocument();
			assertThat(document.getComponents().getMessages()).containsOnlyKeys("echo", "echo_ack", "error_ack");
			assertThat(document.getOperations().get("receiveEcho").getReply().getMessages()).hasSize(2);
			assertThat(document.getComponents().getSchemas().get("Echo").at("/properties/value/maximum").asInt())
				.as("@Max(10) is not checked, the int's range is all there is")
				.isEqualTo(Integer.MAX_VALUE);
		});
		this.runner.run((context) -> assertThat(context.getBean(AsyncApiDocumentProvider.class)
			.getDocument()
			.getComponents()
			.getSchemas()
			.get("Echo")
			.at("/properties/value/maximum")
			.asInt()).isEqualTo(10));
	}

	@Test
	void infoAndServersFromProperties() {
		this.runner
			.withPropertyValues("spring.application.name=echo-service", "socketio.server.host=127.0.0.1",
					"socketio.server.port=0", "local.socketio.server.port=45678", "socketio.server.path=/io",
					"socketio.asyncapi.info.contact.url=https://example.com/team",
					"socketio.asyncapi.info.license.name=MIT")
			.run((context) -> {
				AsyncApiDocument document = context.getBean(AsyncApiDocumentProvider.class).getDocument();
				assertThat(document.getInfo().getTitle()).isEqualTo("echo-service");
				assertThat(document.getInfo().getContact().getUrl()).isEqualTo("https://example.com/team");
				assertThat(document.getInfo().getLicense().getName()).isEqualTo("MIT");
				Server server = document.getServers().get("socketio");
				assertThat(server.getHost()).isEqualTo("127.0.0.1:45678");
				assertThat(server.getPathname()).isEqualTo("/io");
				assertThat(server.getProtocol()).isEqualTo("socketio");
				assertThat(server.getProtocolVersion()).isEqualTo("5");
			});
	}

	@Test
	void servesTheDocumentAtTheConfiguredPath() {
		this.webRunner.withPropertyValues("socketio.asyncapi.path=/docs/socket-api/").run((context) -> {
			assertThat(context).hasSingleBean(AsyncApiDocumentHandler.class);
			MockMvc mvc = MockMvcBuilders.routerFunctions(context.getBean("asyncApiRouterFunction", RouterFunction.class))
				.build();
			AsyncApiDocumentProvider provider = context.getBean(AsyncApiDocumentProvider.class);
			mvc.perform(get("/docs/socket-api.yaml"))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/yaml"))
				.andExpect(content().string(provider.getYaml()));
			mvc.perform(get("/docs/socket-api.json"))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_JSON))
				.andExpect(content().json(provider.getJson()));
			mvc.perform(get("/docs/socket-api.d.ts"))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/typescript;charset=UTF-8"))
				.andExpect(content().string(provider.getTypeScript()));
			mvc.perform(get("/asyncapi.yaml")).andExpect(status().isNotFound());
			mvc.perform(get("/asyncapi.d.ts")).andExpect(status().isNotFound());
		});
	}

	@Test
	void servesTheViewerAtTheConfiguredPath() {
		this.webRunner.withPropertyValues("socketio.asyncapi.path=/docs/socket-api").run((context) -> {
			assertThat(context).hasSingleBean(AsyncApiViewerHandler.class).hasBean("asyncApiViewerRouterFunction");
			MockMvc mvc = routes(context);
			mvc.perform(get("/docs/socket-api"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("data-document=\"/docs/socket-api.json\"")))
				.andExpect(content().string(containsString("data-playground=\"true\"")));
			mvc.perform(get("/docs/socket-api/ui/app.js")).andExpect(status().isOk());
			mvc.perform(get("/docs/socket-api.json")).andExpect(status().isOk());
		});
	}

	@Test
	void viewerCanBeRemovedWhileTheDocumentStays() {
		this.webRunner.withPropertyValues("socketio.asyncapi.ui.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(AsyncApiViewerHandler.class)
				.doesNotHaveBean("asyncApiViewerRouterFunction")
				.hasSingleBean(AsyncApiDocumentHandler.class);
			MockMvc mvc = routes(context);
			mvc.perform(get("/asyncapi")).andExpect(status().isNotFound());
			mvc.perform(get("/asyncapi/ui/app.js")).andExpect(status().isNotFound());
			mvc.perform(get("/asyncapi.json")).andExpect(status().isOk());
			mvc.perform(get("/asyncapi.yaml")).andExpect(status().isOk());
		});
	}

	@Test
	void playgroundCanBeHidden() {
		this.webRunner.withPropertyValues("socketio.asyncapi.ui.playground=false")
			.run((context) -> routes(context).perform(get("/asyncapi"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-playground=\"false\""))));
	}

	@Test
	void viewerIsNotConfiguredWithoutTheDocument() {
		this.webRunner.withPropertyValues("socketio.asyncapi.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiViewerHandler.class)
				.doesNotHaveBean("asyncApiViewerRouterFunction"));
	}

	@Test
	void applicationViewerHandlerWins() {
		this.webRunner.withBean("customViewer", AsyncApiViewerHandler.class, () -> new AsyncApiViewerHandler("/mine", false))
			.run((context) -> {
				assertThat(context).getBean(AsyncApiViewerHandler.class).isSameAs(context.getBean("customViewer"));
				routes(context).perform(get("/mine")).andExpect(status().isOk());
			});
	}

	@Test
	void servletApplicationsGetNoWebFluxHandlers() {
		this.webRunner.run((context) -> assertThat(context).hasSingleBean(AsyncApiDocumentHandler.class)
			.doesNotHaveBean(AsyncApiDocumentWebFluxHandler.class)
			.doesNotHaveBean(AsyncApiViewerWebFluxHandler.class));
	}

	@Nested
	class ReactiveWebApplication {

		private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
			.withInitializer(new WithoutSocketIoServer())
			.withConfiguration(CONFIGURATIONS)
			.withUserConfiguration(EchoController.class);

		@Test
		void servesTheDocumentAndTheViewerAtTheConfiguredPath() {
			this.reactiveRunner.withPropertyValues("socketio.asyncapi.path=/docs/socket-api/").run((context) -> {
				assertThat(context).hasSingleBean(AsyncApiDocumentWebFluxHandler.class)
					.hasSingleBean(AsyncApiViewerWebFluxHandler.class)
					.hasBean("asyncApiRouterFunction")
					.hasBean("asyncApiViewerRouterFunction")
					.doesNotHaveBean(AsyncApiDocumentHandler.class)
					.doesNotHaveBean(AsyncApiViewerHandler.class);
				WebTestClient client = reactiveRoutes(context);
				AsyncApiDocumentProvider provider = context.getBean(AsyncApiDocumentProvider.class);
				client.get().uri("/docs/socket-api.yaml").exchange()
					.expectStatus().isOk()
					.expectHeader().contentType("application/yaml")
					.expectBody(String.class).isEqualTo(provider.getYaml());
				client.get().uri("/docs/socket-api.json").exchange()
					.expectStatus().isOk()
					.expectHeader().contentType(MediaType.APPLICATION_JSON)
					.expectBody().json(provider.getJson());
				client.get().uri("/docs/socket-api.d.ts").exchange()
					.expectStatus().isOk()
					.expectHeader().contentType("application/typescript;charset=UTF-8")
					.expectBody(String.class).isEqualTo(provider.getTypeScript());
				client.get().uri("/docs/socket-api").exchange()
					.expectStatus().isOk()
					.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
					.expectBody(String.class).value(containsString("data-document=\"/docs/socket-api.json\""));
				client.get().uri("/docs/socket-api/ui/app.js").exchange().expectStatus().isOk();
				client.get().uri("/asyncapi.yaml").exchange().expectStatus().isNotFound();
			});
		}

		@Test
		void viewerCanBeRemovedWhileTheDocumentStays() {
			this.reactiveRunner.withPropertyValues("socketio.asyncapi.ui.enabled=false").run((context) -> {
				assertThat(context).doesNotHaveBean(AsyncApiViewerWebFluxHandler.class)
					.doesNotHaveBean("asyncApiViewerRouterFunction")
					.hasSingleBean(AsyncApiDocumentWebFluxHandler.class);
				WebTestClient client = reactiveRoutes(context);
				client.get().uri("/asyncapi").exchange().expectStatus().isNotFound();
				client.get().uri("/asyncapi.json").exchange().expectStatus().isOk();
			});
		}

		@Test
		void isDisabledByProperty() {
			this.reactiveRunner.withPropertyValues("socketio.asyncapi.enabled=false")
				.run((context) -> assertThat(context).doesNotHaveBean(AsyncApiDocumentWebFluxHandler.class)
					.doesNotHaveBean(AsyncApiViewerWebFluxHandler.class)
					.doesNotHaveBean("asyncApiRouterFunction")
					.doesNotHaveBean("asyncApiViewerRouterFunction"));
		}

		@Test
		void applicationHandlersWin() {
			this.reactiveRunner
				.withBean("customViewer", AsyncApiViewerWebFluxHandler.class,
						() -> new AsyncApiViewerWebFluxHandler("/mine", false))
				.run((context) -> {
					assertThat(context).getBean(AsyncApiViewerWebFluxHandler.class)
						.isSameAs(context.getBean("customViewer"));
					reactiveRoutes(context).get().uri("/mine").exchange().expectStatus().isOk();
				});
		}

		@Test
		void needsNoSpringMvc() {
			this.reactiveRunner.withClassLoader(new FilteredClassLoader("org.springframework.web.servlet"))
				.run((context) -> {
					assertThat(context).hasSingleBean(AsyncApiDocumentWebFluxHandler.class)
						.hasSingleBean(AsyncApiViewerWebFluxHandler.class);
					reactiveRoutes(context).get().uri("/asyncapi").exchange().expectStatus().isOk();
				});
		}

		@Test
		void backsOffWithoutWebFlux() {
			this.reactiveRunner
				.withClassLoader(new FilteredClassLoader(org.springframework.web.reactive.function.server.RouterFunction.class))
				.run((context) -> assertThat(context).hasSingleBean(AsyncApiDocumentProvider.class)
					.doesNotHaveBean(AsyncApiDocumentWebFluxHandler.class)
					.doesNotHaveBean(AsyncApiViewerWebFluxHandler.class));
		}

		/** A WebTestClient over every router function of the context. */
		@SuppressWarnings("unchecked")
		private static WebTestClient reactiveRoutes(ApplicationContext context) {
			return WebTestClient
				.bindToRouterFunction(context
					.getBeanProvider(org.springframework.web.reactive.function.server.RouterFunction.class)
					.orderedStream()
					.reduce(org.springframework.web.reactive.function.server.RouterFunction::and)
					.orElseThrow())
				.build();
		}

	}

	/** MockMvc over every router function of the context. */
	private static MockMvc routes(ApplicationContext context) {
		return MockMvcBuilders
			.routerFunctions(context.getBeanProvider(RouterFunction.class).orderedStream().toArray(RouterFunction[]::new))
			.build();
	}

	record Echo(@Max(10) int value) {
	}

	@SocketIoController
	static class EchoController {

		@OnEvent("echo")
		Echo echo(Echo echo) {
			return echo;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomBeans {

		static final AsyncApiWriter writer = new AsyncApiWriter();

		static final AsyncApiDocumentProvider provider = new AsyncApiDocumentProvider(AsyncApiDocument::new, List.of(),
				writer);

		static final AsyncApiDocumentHandler handler = new AsyncApiDocumentHandler(provider);

		@Bean
		AsyncApiDocumentProvider customProvider() {
			return provider;
		}

		@Bean
		AsyncApiWriter customWriter() {
			return writer;
		}

		@Bean
		AsyncApiDocumentHandler customHandler() {
			return handler;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(EchoController.class)
	static class PrebuiltApp {

	}

	/** Records which thread built the document, and how often it was built. */
	static class BuildingThread implements AsyncApiCustomizer {

		final AtomicInteger calls = new AtomicInteger();

		volatile @Nullable String thread;

		@Override
		public void customize(AsyncApiDocument document) {
			this.calls.incrementAndGet();
			this.thread = Thread.currentThread().getName();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		AsyncApiCustomizer second() {
			return (document) -> {
				this.calls.add("second");
				document.getInfo().setDescription(document.getInfo().getDescription() + ", second");
			};
		}

		@Bean
		@Order(1)
		AsyncApiCustomizer first() {
			return (document) -> {
				this.calls.add("first");
				document.getInfo().setDescription("first");
			};
		}

	}

}
