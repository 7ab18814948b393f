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
import java.util.concurrent.Executor;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketConfig;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.emit.EmitSupport;
import io.github.sioasyncapi.emit.EmitValidator;
import io.github.sioasyncapi.emit.SocketIoEmitInterceptor;
import io.github.sioasyncapi.emit.SocketIoEmitters;
import io.github.sioasyncapi.emit.SocketIoTemplate;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.handler.SocketIoControllerBeanPostProcessor;
import io.github.sioasyncapi.handler.SocketIoDispatcher;
import io.github.sioasyncapi.handler.SocketIoExceptionHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerConfigurer;
import io.github.sioasyncapi.handler.SocketIoHandlerExecutor;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.EventStatistics;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.observe.SocketIoObservers;
import io.github.sioasyncapi.server.OriginAuthorizationListener;
import io.github.sioasyncapi.server.SocketIoServerCustomizer;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.server.SpringSocketIoServer;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import io.github.sioasyncapi.server.protocol.ClientLimits;
import io.github.sioasyncapi.validation.ConstraintValidation;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.thread.Threading;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the Socket.IO server and the dispatch of
 * {@link io.github.sioasyncapi.annotation.SocketIoController @SocketIoController} handlers.
 * Every bean backs off when the application defines its own. The handler side is configured by
 * a {@link SocketIoHandlerConfigurer}, filled from the application's beans: its
 * {@link HandlerMethodArgumentResolver}s, {@link SocketIoInvocationInterceptor}s, a unique
 * {@link TaskDecorator} and the {@link ErrorAckFactory}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
@ConditionalOnClass(SocketIOServer.class)
@ConditionalOnBooleanProperty(name = "socketio.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SocketIoProperties.class)
public final class SocketIoAutoConfiguration {

	SocketIoAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoJsonSupport socketIoJsonSupport(ObjectProvider<JsonMapper> jsonMapper, SocketIoProperties properties) {
		return new SocketIoJsonSupport(jsonMapper.getIfAvailable(() -> JsonMapper.builder().findAndAddModules().build()),
				properties.getJson().isStrictScalars());
	}

	@Bean
	@ConditionalOnMissingBean
	Configuration socketIoConfiguration(SocketIoProperties properties, SocketIoJsonSupport jsonSupport,
			ObjectProvider<SocketIoServerCustomizer> customizers) {
		SocketIoProperties.Server server = properties.getServer();
		Configuration configuration = new Configuration();
		SocketConfig socket = configuration.getSocketConfig();
		PropertyMapper map = PropertyMapper.get();
		map.from(server::getHost).to(configuration::setHostname);
		map.from(server::getPort).to(configuration::setPort);
		map.from(server::getPath).to(configuration::setContext);
		map.from(server::getMaxPayload).asInt((size) -> size.toBytes()).to((bytes) -> {
			configuration.setMaxHttpContentLength(bytes);
			configuration.setMaxFramePayloadLength(bytes);
		});
		map.from(server::getPingInterval).asInt(Duration::toMillis).to(configuration::setPingInterval);
		map.from(server::getPingTimeout).asInt(Duration::toMillis).to(configuration::setPingTimeout);
		map.from(server::getUpgradeTimeout).asInt(Duration::toMillis).to(configuration::setUpgradeTimeout);
		map.from(server::getFirstDataTimeout).asInt(Duration::toMillis).to(configuration::setFirstDataTimeout);
		map.from(server::isWebsocketCompression).to(configuration::setWebsocketCompression);
		map.from(server::isHttpCompression).to(configuration::setHttpCompression);
		map.from(server::getTransports).as((transports) -> transports.toArray(Transport[]::new))
			.to(configuration::setTransports);
		map.from(server::getBossThreads).to(configuration::setBossThreads);
		map.from(server::getWorkerThreads).to(configuration::setWorkerThreads);
		map.from(server::isUseLinuxNativeEpoll).to(configuration::setUseLinuxNativeEpoll);
		map.from(server::isTcpNoDelay).to(socket::setTcpNoDelay);
		map.from(server::isTcpKeepAlive).to(socket::setTcpKeepAlive);
		map.from(server::getAcceptBackLog).to(socket::setAcceptBackLog);
		// the starter's encoder writes the HTTP responses, without netty-socketio's Server header,
		// whose version netty-socketio would otherwise look up in every jar's manifest at start-up
		configuration.setAddVersionHeader(false);
		socket.setReuseAddress(true);
		configuration.setRandomSession(true);
		configuration.setAckMode(AckMode.MANUAL);
		configuration.setJsonSupport(jsonSupport);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(configuration));
		configuration.setAuthorizationListener(
				new OriginAuthorizationListener(server.getAllowedOrigins(), configuration.getAuthorizationListener()));
		return configuration;
	}

	@Bean
	@ConditionalOnMissingBean
	ClientFlowControl socketIoClientFlowControl(SocketIoProperties properties,
			ObjectProvider<SocketIoObserver> observers) {
		SocketIoProperties.Server server = properties.getServer();
		ClientLimits limits = new ClientLimits(server.getMaxPendingEvents(), server.getMaxOutboundBuffer().toBytes(),
				server.getMaxOutboundBufferHardLimit().toBytes(), server.getSlowConsumerTimeout());
		return new ClientFlowControl(limits, new SocketIoObservers(observers.orderedStream().toList()));
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIOServer socketIoServer(Configuration socketIoConfiguration, SocketIoProperties properties,
			ClientFlowControl flowControl) {
		SpringSocketIoServer server = new SpringSocketIoServer(socketIoConfiguration);
		server.setConnectTimeout(properties.getServer().getConnectTimeout());
		server.setClientFlowControl(flowControl);
		return server;
	}

	@Bean(destroyMethod = "shutdown")
	@ConditionalOnMissingBean
	SocketIoHandlerExecutor socketIoHandlerExecutor(SocketIoProperties properties, Environment environment) {
		if (Threading.VIRTUAL.isActive(environment)) {
			return SocketIoHandlerExecutor.virtualThreads();
		}
		SocketIoProperties.Executor executor = properties.getExecutor();
		return SocketIoHandlerExecutor.platformThreads(executor.getMaxThreads(), executor.getKeepAlive());
	}

	@Bean
	static SocketIoControllerBeanPostProcessor socketIoControllerBeanPostProcessor() {
		return new SocketIoControllerBeanPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorAckFactory socketIoErrorAckFactory() {
		return new DefaultErrorAcks();
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoHandlerConfigurer socketIoHandlerConfigurer(SocketIoJsonSupport jsonSupport,
			ObjectProvider<ConstraintValidation> validation, ObjectProvider<SocketIoEmitters> emitters,
			ObjectProvider<HandlerMethodArgumentResolver> argumentResolvers, ErrorAckFactory errorAckFactory,
			ObjectProvider<SocketIoInvocationInterceptor> interceptors, ObjectProvider<TaskDecorator> taskDecorator,
			ObjectProvider<SocketIoObserver> observers, ClientFlowControl flowControl, SocketIoProperties properties) {
		SocketIoHandlerConfigurer configurer = new SocketIoHandlerConfigurer(jsonSupport.getMapper(),
				emitters::getObject);
		configurer.setValidation(validation.getIfAvailable());
		// without a Bean Validation provider, constraints would pass unchecked: fail the start instead
		configurer.setRejectUnenforcedConstraints(properties.getValidation().isEnabled());
		configurer.addCustomArgumentResolvers(argumentResolvers.orderedStream().toList());
		configurer.setErrorAckFactory(errorAckFactory);
		configurer.addInterceptors(interceptors.orderedStream().toList());
		configurer.setTaskDecorator(taskDecorator.getIfUnique());
		configurer.setObserver(new SocketIoObservers(observers.orderedStream().toList()));
		configurer.setClientBacklog(flowControl);
		return configurer;
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoHandlerRegistry socketIoHandlerRegistry(SocketIoHandlerConfigurer configurer) {
		return configurer.createRegistry();
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoExceptionHandlers socketIoExceptionHandlers(SocketIoHandlerConfigurer configurer) {
		return configurer.createExceptionHandlers();
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoDispatcher socketIoDispatcher(SocketIoHandlerConfigurer configurer, SocketIoHandlerRegistry registry,
			SocketIoExceptionHandlers exceptionHandlers, SocketIoHandlerExecutor executor,
			SocketIoJsonSupport jsonSupport) {
		return configurer.createDispatcher(registry, exceptionHandlers, executor, jsonSupport);
	}

	@Bean
	@ConditionalOnMissingBean
	EventStatistics socketIoEventStatistics() {
		return new EventStatistics();
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoServerLifecycle socketIoServerLifecycle(SocketIOServer server, SocketIoDispatcher dispatcher,
			ApplicationContext context, SocketIoProperties properties) {
		SocketIoServerLifecycle lifecycle = new SocketIoServerLifecycle(server, dispatcher, context,
				properties.getServer().getShutdownTimeout());
		lifecycle.setAutoStartup(properties.getServer().isAutoStartup());
		return lifecycle;
	}

	@Bean
	@ConditionalOnMissingBean
	EmitValidator socketIoEmitValidator(SocketIoHandlerRegistry registry, ObjectProvider<ConstraintValidation> validation,
			SocketIoJsonSupport jsonSupport, SocketIoProperties properties) {
		return new EmitValidator(registry, validation.getIfAvailable(), jsonSupport.getMapper(),
				properties.getValidation().getUndeclaredEmits(), properties.getValidation().isEnabled());
	}

	@Bean
	@ConditionalOnMissingBean
	EmitSupport socketIoEmitSupport(EmitValidator validator, SocketIoHandlerExecutor executor,
			SocketIoProperties properties, ObjectProvider<SocketIoObserver> observers,
			ObjectProvider<SocketIoEmitInterceptor> interceptors, ObjectProvider<TaskDecorator> taskDecorator) {
		TaskDecorator decorator = taskDecorator.getIfUnique();
		Executor callbacks = (decorator != null) ? (task) -> executor.executor().execute(decorator.decorate(task))
				: executor.executor();
		EmitSupport emitSupport = new EmitSupport(validator, callbacks, properties.getServer().getAckTimeout(),
				new SocketIoObservers(observers.orderedStream().toList()));
		emitSupport.addInterceptors(interceptors.orderedStream().toList());
		return emitSupport;
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoEmitters socketIoEmitters(EmitSupport emitSupport) {
		return new SocketIoEmitters(emitSupport);
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoTemplate socketIoTemplate(SocketIOServer server, EmitSupport emitSupport) {
		return new SocketIoTemplate(server, emitSupport);
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Validator.class)
	@ConditionalOnBooleanProperty(name = "socketio.validation.enabled", matchIfMissing = true)
	static class ValidationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(Validator.class)
		ConstraintValidation socketIoConstraintValidation(Validator validator, SocketIoJsonSupport jsonSupport) {
			return new ConstraintValidation(validator, jsonSupport.getMapper());
		}

	}

}
