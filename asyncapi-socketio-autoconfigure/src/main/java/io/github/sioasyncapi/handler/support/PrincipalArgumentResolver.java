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

package io.github.sioasyncapi.handler.support;

import java.security.Principal;

import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves parameters of type {@link Principal}, or of a subtype such as Spring Security's
 * {@code Authentication}, to who the client is, as established when it connected
 * ({@link SocketIoInvocation#getPrincipal()}): {@code null} for an anonymous client, or when the
 * principal is not of the parameter's type.
 *
 * @since 0.1.0
 */
public final class PrincipalArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public PrincipalArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Principal.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		Principal principal = ((SocketIoInvocation) message.getPayload()).getPrincipal();
		return parameter.getParameterType().isInstance(principal) ? principal : null;
	}

}
