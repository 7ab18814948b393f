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
