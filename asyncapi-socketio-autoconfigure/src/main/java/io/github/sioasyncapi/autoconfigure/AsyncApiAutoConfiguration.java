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

import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.asyncapi.AsyncApiGenerator;
import io.github.sioasyncapi.asyncapi.AsyncApiWriter;
import io.github.sioasyncapi.asyncapi.ErrorAckDocumentation;
import io.github.sioasyncapi.asyncapi.SocketIoApiReader;
import io.github.sioasyncapi.asyncapi.schema.SchemaGenerator;
import io.github.sioasyncapi.asyncapi.typescript.TypeScriptGenerator;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.handler.SocketIoExceptionHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.github.sioasyncapi.web.AsyncApiDocumentHandler;
import io.github.sioasyncapi.web.AsyncApiViewerHandler;
import io.swagger.v3.core.converter.ModelConverters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Auto-configuration of the AsyncAPI document of the Socket.IO handlers and of its endpoints,
 * {@code {socketio.asyncapi.path}.yaml}, {@code .json} and {@code .d.ts} (TypeScript
 * declarations for socket.io-client), and of the viewer at
 * {@code {socketio.asyncapi.path}} ({@code socketio.asyncapi.ui.enabled}), in Spring MVC and
 * WebFlux applications. The document is built once the application is ready, on a background
 * thread ({@code socketio.asyncapi.prebuild}), or on first use, and cached. Every bean backs off
 * when the application defines its own; {@code socketio.asyncapi.enabled=false} turns it all
 * off.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SocketIoAutoConfiguration.class)
@ConditionalOnClass({ ModelConverters.class, YAMLMapper.class })
@ConditionalOnBean(SocketIoHandlerRegistry.class)
@ConditionalOnBooleanProperty(name = "socketio.asyncapi.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ AsyncApiProperties.class, SocketIoProperties.class })
@Import(AsyncApiWebFluxConfiguration.class)
public final class AsyncApiAutoConfiguration {

	AsyncApiAutoConfiguration() {
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	SchemaGenerator asyncApiSchemaGenerator(SocketIoJsonSupport jsonSupport,
			ObjectProvider<ConstraintValidation> validation) {
		return new SchemaGenerator(jsonSupport.getMapper(), validation.getIfAvailable());
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	AsyncApiGenerator asyncApiGenerator(SchemaGenerator schemaGenerator, SocketIoJsonSupport jsonSupport,
			ObjectProvider<ErrorAckFactory> errorAcks) {
		return new AsyncApiGenerator(schemaGenerator,
				new ErrorAckDocumentation(jsonSupport.getMapper(), errorAcks.getIfAvailable(DefaultErrorAcks::new)));
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	AsyncApiWriter asyncApiWriter() {
		return new AsyncApiWriter();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	TypeScriptGenerator asyncApiTypeScriptGenerator() {
		return new TypeScriptGenerator();
	}

	/**
	 * The document's provider; the generators and the writer (swagger-core, Jackson 2, the
	 * YAML writer) are created when the document is first built, not at start-up.
	 */
	@Bean
	@ConditionalOnMissingBean
	AsyncApiDocumentProvider asyncApiDocumentProvider(ObjectProvider<AsyncApiGenerator> generator,
			SocketIoHandlerRegistry registry, ObjectProvider<SocketIoExceptionHandlers> exceptionHandlers,
			AsyncApiProperties properties, SocketIoProperties socketIoProperties, Environment environment,
			ObjectProvider<AsyncApiCustomizer> customizers, ObjectProvider<AsyncApiWriter> writer,
			ObjectProvider<TypeScriptGenerator> typeScript) {
		AsyncApiMetadata metadata = new AsyncApiMetadata(properties, socketIoProperties, environment);
		return new AsyncApiDocumentProvider(
				() -> generator.getObject()
					.generate(SocketIoApiReader.read(registry, exceptionHandlers.getIfAvailable()), metadata.info(),
							metadata.servers()),
				customizers.orderedStream().toList(), writer::getObject, typeScript::getObject);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "socketio.asyncapi.prebuild", matchIfMissing = true)
	AsyncApiDocumentPrebuilder asyncApiDocumentPrebuilder(AsyncApiDocumentProvider provider) {
		return new AsyncApiDocumentPrebuilder(provider);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(RouterFunction.class)
	static class WebMvcConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AsyncApiDocumentHandler asyncApiDocumentHandler(AsyncApiDocumentProvider provider) {
			return new AsyncApiDocumentHandler(provider);
		}

		@Bean
		@Order(0)
		@ConditionalOnMissingBean(name = "asyncApiRouterFunction")
		RouterFunction<ServerResponse> asyncApiRouterFunction(AsyncApiDocumentHandler handler,
				AsyncApiProperties properties) {
			return handler.routes(properties.getPath());
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnBooleanProperty(name = "socketio.asyncapi.ui.enabled", matchIfMissing = true)
		static class ViewerConfiguration {

			@Bean
			@ConditionalOnMissingBean
			AsyncApiViewerHandler asyncApiViewerHandler(AsyncApiProperties properties) {
				return new AsyncApiViewerHandler(properties.getPath(), properties.getUi().isPlayground());
			}

			@Bean
			@Order(0)
			@ConditionalOnMissingBean(name = "asyncApiViewerRouterFunction")
			RouterFunction<ServerResponse> asyncApiViewerRouterFunction(AsyncApiViewerHandler handler) {
				return handler.routes();
			}

		}

	}

}
