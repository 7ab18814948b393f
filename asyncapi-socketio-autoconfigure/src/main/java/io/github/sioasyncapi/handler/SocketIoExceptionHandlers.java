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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.util.Assert;

/**
 * The {@link io.github.sioasyncapi.annotation.SocketIoExceptionHandler @SocketIoExceptionHandler}
 * chain: the handlers of the controller whose method failed first, then those of
 * {@link io.github.sioasyncapi.annotation.SocketIoControllerAdvice @SocketIoControllerAdvice}
 * beans in order. Handler signatures are checked when a controller or advice is registered, so
 * an unusable one fails start-up.
 *
 * @since 0.1.0
 */
public class SocketIoExceptionHandlers {

	private final HandlerMethodArgumentResolverComposite resolvers = new HandlerMethodArgumentResolverComposite();

	private final Map<Class<?>, Holder> controllers = new ConcurrentHashMap<>();

	private volatile List<Holder> advice = List.of();

	/**
	 * Create the chain.
	 * @param resolvers resolvers of exception handler parameters other than the exception
	 */
	public SocketIoExceptionHandlers(List<HandlerMethodArgumentResolver> resolvers) {
		this.resolvers.addResolvers(resolvers);
	}

	/**
	 * Register the exception handlers of a controller.
	 * @param bean the controller bean
	 * @param userType the controller's class
	 */
	public void registerController(Object bean, Class<?> userType) {
		Holder holder = holder(bean, userType);
		if (holder != null) {
			this.controllers.put(userType, holder);
		}
	}

	/**
	 * Register the advice beans, replacing earlier ones.
	 * @param adviceBeans the advice beans; they are sorted by {@code @Order} or
	 * {@link org.springframework.core.Ordered}
	 */
	public void registerAdvice(List<Object> adviceBeans) {
		List<Object> sorted = new ArrayList<>(adviceBeans);
		AnnotationAwareOrderComparator.sort(sorted);
		List<Holder> holders = new ArrayList<>();
		for (Object bean : sorted) {
			Holder holder = holder(bean, AopUtils.getTargetClass(bean));
			if (holder != null) {
				holders.add(holder);
			}
		}
		this.advice = List.copyOf(holders);
	}

	/**
	 * Find the handler for a failure of a controller method.
	 * @param failure the failure
	 * @param controllerType the controller's class, or {@code null} when no controller was
	 * involved (an unknown event)
	 * @return the handler to invoke and the exception it matched, or {@code null} if none
	 * applies
	 */
	public @Nullable Resolved resolve(Throwable failure, @Nullable Class<?> controllerType) {
		Holder local = (controllerType != null) ? this.controllers.get(controllerType) : null;
		if (local != null) {
			Resolved resolved = local.resolve(failure);
			if (resolved != null) {
				return resolved;
			}
		}
		for (Holder holder : this.advice) {
			Resolved resolved = holder.resolve(failure);
			if (resolved != null) {
				return resolved;
			}
		}
		return null;
	}

	/**
	 * What the exception handlers that apply to a controller answer with, in the order they
	 * are tried: the return types of the controller's own handler methods, then those of the
	 * advice beans. Handlers that return nothing are left out.
	 * @param controllerType the controller's class
	 * @return the replies, one per handler method
	 */
	public List<Reply> replies(Class<?> controllerType) {
		List<Reply> replies = new ArrayList<>();
		Holder local = this.controllers.get(controllerType);
		if (local != null) {
			local.addReplies(replies);
		}
		this.advice.forEach((holder) -> holder.addReplies(replies));
		return replies;
	}

	private @Nullable Holder holder(Object bean, Class<?> userType) {
		ExceptionHandlerMethodResolver resolver = new ExceptionHandlerMethodResolver(userType);
		if (!resolver.hasExceptionMappings()) {
			return null;
		}
		for (Method method : ExceptionHandlerMethodResolver.handlerMethods(userType)) {
			for (int i = 0; i < method.getParameterCount(); i++) {
				MethodParameter parameter = new MethodParameter(method, i);
				Assert.state(Throwable.class.isAssignableFrom(parameter.getParameterType())
						|| this.resolvers.supportsParameter(parameter),
						() -> "@SocketIoExceptionHandler " + userType.getSimpleName() + "#" + method.getName()
								+ " cannot take parameter " + parameter.getParameterType().getSimpleName()
								+ "; it may take the exception, SocketIOClient, HandshakeData, SocketIONamespace, "
								+ "SocketIoEmitter, @EventName String, @Namespace String, Principal, the raw payload as "
								+ "JsonNode, and what the application's argument resolvers support");
			}
		}
		return new Holder(bean, userType, resolver);
	}

	/**
	 * What an exception handler answers with.
	 *
	 * @param type the type of the acknowledgement it returns, unwrapped from a
	 * {@code CompletionStage}
	 * @param handler the handler method, as {@code Type#method}
	 * @param exceptions the exceptions it handles
	 * @since 0.1.0
	 */
	public record Reply(ResolvableType type, String handler, List<Class<? extends Throwable>> exceptions) {
	}

	/**
	 * A resolved exception handler.
	 *
	 * @param handler the handler method, ready to invoke
	 * @param exception the exception it matched (the failure or one of its causes)
	 * @since 0.1.0
	 */
	public record Resolved(InvocableHandlerMethod handler, Throwable exception) {
	}

	private final class Holder {

		private final Object bean;

		private final Class<?> userType;

		private final ExceptionHandlerMethodResolver resolver;

		private final Map<Method, InvocableHandlerMethod> invocables = new ConcurrentHashMap<>();

		Holder(Object bean, Class<?> userType, ExceptionHandlerMethodResolver resolver) {
			this.bean = bean;
			this.userType = userType;
			this.resolver = resolver;
		}

		void addReplies(List<Reply> replies) {
			Map<Method, List<Class<? extends Throwable>>> handled = this.resolver.exceptionsByMethod();
			handled.forEach((method, exceptions) -> {
				ResolvableType type = ReturnTypes.answered(method, this.userType);
				if (!ReturnTypes.isVoid(type)) {
					replies.add(new Reply(type, this.userType.getSimpleName() + "#" + method.getName(), exceptions));
				}
			});
		}

		@Nullable Resolved resolve(Throwable failure) {
			ExceptionHandlerMethodResolver.Match match = this.resolver.resolve(failure);
			if (match == null) {
				return null;
			}
			InvocableHandlerMethod invocable = this.invocables.computeIfAbsent(match.method(), (method) -> {
				InvocableHandlerMethod created = new InvocableHandlerMethod(this.bean,
						AopUtils.selectInvocableMethod(method, this.bean.getClass()));
				created.setMessageMethodArgumentResolvers(SocketIoExceptionHandlers.this.resolvers);
				return created;
			});
			return new Resolved(invocable, match.exception());
		}

	}

}
