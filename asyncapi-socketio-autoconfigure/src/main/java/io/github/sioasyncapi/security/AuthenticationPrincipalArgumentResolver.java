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

package io.github.sioasyncapi.security;

import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;

/**
 * Resolves {@link AuthenticationPrincipal @AuthenticationPrincipal} parameters of handlers to the
 * principal of the connection's {@link Authentication} (for a JWT, the {@code Jwt}), or to what
 * the annotation's SpEL {@code expression} computes from it ({@code @AuthenticationPrincipal(
 * expression = "subject")}). A principal of another type resolves to {@code null}, or fails
 * with a {@link ClassCastException} when {@code errorOnInvalidType} is set. It reads the
 * invocation's principal rather than the thread's security context, so that it works in
 * exception handlers too. (spring-security-messaging has a resolver for the same annotation,
 * but applications with a resource server do not carry that module.)
 *
 * @since 0.1.0
 */
public class AuthenticationPrincipalArgumentResolver implements HandlerMethodArgumentResolver {

	private final SpelExpressionParser parser = new SpelExpressionParser();

	private final @Nullable BeanFactory beanFactory;

	/**
	 * Create a resolver.
	 * @param beanFactory the bean factory that expressions may reference beans of
	 * ({@code @bean}), or {@code null}
	 */
	public AuthenticationPrincipalArgumentResolver(@Nullable BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return annotation(parameter) != null;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		if (!(((SocketIoInvocation) message.getPayload()).getPrincipal() instanceof Authentication authentication)) {
			return null;
		}
		AuthenticationPrincipal annotation = annotation(parameter);
		Object principal = authentication.getPrincipal();
		if (annotation != null && StringUtils.hasText(annotation.expression())) {
			StandardEvaluationContext context = new StandardEvaluationContext(principal);
			context.setVariable("this", principal);
			if (this.beanFactory != null) {
				context.setBeanResolver(new BeanFactoryResolver(this.beanFactory));
			}
			Expression expression = this.parser.parseExpression(annotation.expression());
			principal = expression.getValue(context);
		}
		if (principal != null && !parameter.getParameterType().isInstance(principal)) {
			if (annotation != null && annotation.errorOnInvalidType()) {
				throw new ClassCastException(principal + " is not assignable to " + parameter.getParameterType());
			}
			return null;
		}
		return principal;
	}

	private static @Nullable AuthenticationPrincipal annotation(MethodParameter parameter) {
		return AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), AuthenticationPrincipal.class);
	}

}
