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

package io.github.sioasyncapi.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.sioasyncapi.emit.SocketIoEmitters;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.handler.support.ClientArgumentResolver;
import io.github.sioasyncapi.handler.support.EmitterArgumentResolver;
import io.github.sioasyncapi.handler.support.EventNameArgumentResolver;
import io.github.sioasyncapi.handler.support.NamespaceArgumentResolver;
import io.github.sioasyncapi.handler.support.PrincipalArgumentResolver;
import io.github.sioasyncapi.handler.support.RawPayloadArgumentResolver;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.ConstraintValidation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.task.TaskDecorator;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Configures the handler side once: the argument resolvers (the built-in ones, then the
 * application's, shared by event handlers and exception handlers), the exception handler
 * chain, the error acks, the interceptors and task decorator of handler invocations; and
 * creates the {@link SocketIoHandlerRegistry}, {@link SocketIoExceptionHandlers} and
 * {@link SocketIoDispatcher} from them. The auto-configuration fills it from the application's
 * beans.
 * <p>
 * Built-in resolvers: {@code SocketIOClient}, {@code HandshakeData}, {@code AckRequest},
 * {@code SocketIONamespace}, {@code @EventName String}, {@code @Namespace String},
 * {@code SocketIoEmitter} and {@link java.security.Principal} (and its subtypes, such as Spring
 * Security's {@code Authentication}); exception handlers may also take the raw payload as
 * {@code JsonNode}. A parameter that no resolver supports is a payload argument.
 *
 * @since 0.1.0
 */
public class SocketIoHandlerConfigurer {

	private final ObjectMapper payloadMapper;

	private final Supplier<SocketIoEmitters> emitters;

	private final List<HandlerMethodArgumentResolver> customArgumentResolvers = new ArrayList<>();

	private final List<SocketIoInvocationInterceptor> interceptors = new ArrayList<>();

	private @Nullable ConstraintValidation validation;

	private boolean rejectUnenforcedConstraints;

	private ErrorAckFactory errorAckFactory = new DefaultErrorAcks();

	private @Nullable TaskDecorator taskDecorator;

	private SocketIoObserver observer = new SocketIoObserver() {
	};

	private ClientBacklog clientBacklog = ClientBacklog.NONE;

	private @Nullable List<HandlerMethodArgumentResolver> argumentResolvers;

	/**
	 * Create a configurer.
	 * @param payloadMapper the mapper that converts payloads
	 * @param emitters the emitter factory, looked up on first use (emitters validate against
	 * the handler registry)
	 */
	public SocketIoHandlerConfigurer(ObjectMapper payloadMapper, Supplier<SocketIoEmitters> emitters) {
		this.payloadMapper = payloadMapper;
		this.emitters = emitters;
	}

	/**
	 * Set the validation of payloads and acks.
	 * @param validation the validation support, or {@code null} when validation is disabled
	 */
	public void setValidation(@Nullable ConstraintValidation validation) {
		this.validation = validation;
	}

	/**
	 * Set whether handlers that declare Bean Validation constraints fail to register when there
	 * is no {@linkplain #setValidation validation} to enforce them.
	 * @param reject whether to reject constraints that nothing would enforce
	 * @see SocketIoHandlerRegistry#setRejectUnenforcedConstraints(boolean)
	 */
	public void setRejectUnenforcedConstraints(boolean reject) {
		this.rejectUnenforcedConstraints = reject;
	}

	/**
	 * Add resolvers of handler parameters, tried after the built-in ones.
	 * @param resolvers the resolvers, in order
	 */
	public void addCustomArgumentResolvers(List<? extends HandlerMethodArgumentResolver> resolvers) {
		this.customArgumentResolvers.addAll(resolvers);
	}

	/**
	 * Add interceptors of handler invocations; they are sorted by
	 * {@link org.springframework.core.Ordered} or {@code @Order}.
	 * @param interceptors the interceptors
	 */
	public void addInterceptors(List<? extends SocketIoInvocationInterceptor> interceptors) {
		this.interceptors.addAll(interceptors);
		AnnotationAwareOrderComparator.sort(this.interceptors);
	}

	/**
	 * Set what makes the acks of failures nobody handled.
	 * @param errorAckFactory the factory; a {@link DefaultErrorAcks} by default
	 */
	public void setErrorAckFactory(ErrorAckFactory errorAckFactory) {
		this.errorAckFactory = errorAckFactory;
	}

	/**
	 * What makes the acks of failures nobody handled.
	 * @return the factory
	 */
	public ErrorAckFactory getErrorAckFactory() {
		return this.errorAckFactory;
	}

	/**
	 * Set a decorator applied to each handler task when it is queued, for example to
	 * propagate context from the queueing thread.
	 * @param taskDecorator the decorator, or {@code null} for none
	 */
	public void setTaskDecorator(@Nullable TaskDecorator taskDecorator) {
		this.taskDecorator = taskDecorator;
	}

	/**
	 * Set what is notified of handled events, for statistics and metrics.
	 * @param observer the observer
	 */
	public void setObserver(SocketIoObserver observer) {
		this.observer = observer;
	}

	/**
	 * Set what is told of every client's queued and finished handler tasks, so that the server
	 * can stop reading from a client whose handlers fall behind.
	 * @param clientBacklog the backlog; {@link ClientBacklog#NONE} by default
	 */
	public void setClientBacklog(ClientBacklog clientBacklog) {
		this.clientBacklog = clientBacklog;
	}

	/**
	 * The resolvers of event handler parameters: the built-in ones, then the custom ones.
	 * Built once.
	 * @return the resolvers
	 */
	public synchronized List<HandlerMethodArgumentResolver> getArgumentResolvers() {
		if (this.argumentResolvers == null) {
			List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
			resolvers.add(new ClientArgumentResolver());
			resolvers.add(new EventNameArgumentResolver());
			resolvers.add(new NamespaceArgumentResolver());
			resolvers.add(new EmitterArgumentResolver(this.emitters));
			resolvers.add(new PrincipalArgumentResolver());
			resolvers.addAll(this.customArgumentResolvers);
			this.argumentResolvers = List.copyOf(resolvers);
		}
		return this.argumentResolvers;
	}

	/**
	 * Create the registry of handler methods.
	 * @return the registry
	 */
	public SocketIoHandlerRegistry createRegistry() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.payloadMapper, getArgumentResolvers(),
				this.validation);
		registry.setRejectUnenforcedConstraints(this.rejectUnenforcedConstraints);
		return registry;
	}

	/**
	 * Create the exception handler chain; its handlers take the parameters of event handlers
	 * and the raw payload.
	 * @return the chain
	 */
	public SocketIoExceptionHandlers createExceptionHandlers() {
		List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(getArgumentResolvers());
		resolvers.add(new RawPayloadArgumentResolver());
		return new SocketIoExceptionHandlers(resolvers);
	}

	/**
	 * Create the dispatcher of a server's events.
	 * @param registry the handlers
	 * @param exceptionHandlers the exception handler chain
	 * @param executor the executor handlers run on
	 * @param jsonSupport the server's JSON support
	 * @return the dispatcher
	 */
	public SocketIoDispatcher createDispatcher(SocketIoHandlerRegistry registry,
			SocketIoExceptionHandlers exceptionHandlers, SocketIoHandlerExecutor executor,
			SocketIoJsonSupport jsonSupport) {
		return new SocketIoDispatcher(registry, exceptionHandlers, executor, this.errorAckFactory, this.interceptors,
				this.taskDecorator, this.observer, jsonSupport, this.clientBacklog);
	}

}
