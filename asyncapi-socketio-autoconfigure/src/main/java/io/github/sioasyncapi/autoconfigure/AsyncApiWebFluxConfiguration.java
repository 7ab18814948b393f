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

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.web.AsyncApiDocumentWebFluxHandler;
import io.github.sioasyncapi.web.AsyncApiViewerWebFluxHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The document endpoints and the viewer in a WebFlux application: the same paths, beans names
 * and properties as in a Spring MVC application. Imported by {@link AsyncApiAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
class AsyncApiWebFluxConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AsyncApiDocumentWebFluxHandler asyncApiDocumentWebFluxHandler(AsyncApiDocumentProvider provider) {
		return new AsyncApiDocumentWebFluxHandler(provider);
	}

	@Bean
	@Order(0)
	@ConditionalOnMissingBean(name = "asyncApiRouterFunction")
	RouterFunction<ServerResponse> asyncApiRouterFunction(AsyncApiDocumentWebFluxHandler handler,
			AsyncApiProperties properties) {
		return handler.routes(properties.getPath());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "socketio.asyncapi.ui.enabled", matchIfMissing = true)
	static class ViewerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AsyncApiViewerWebFluxHandler asyncApiViewerWebFluxHandler(AsyncApiProperties properties) {
			return new AsyncApiViewerWebFluxHandler(properties.getPath(), properties.getUi().isPlayground());
		}

		@Bean
		@Order(0)
		@ConditionalOnMissingBean(name = "asyncApiViewerRouterFunction")
		RouterFunction<ServerResponse> asyncApiViewerRouterFunction(AsyncApiViewerWebFluxHandler handler) {
			return handler.routes();
		}

	}

}
