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

import io.github.sioasyncapi.annotation.EventName;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link EventName @EventName} {@code String} parameters to the event being handled.
 *
 * @since 0.1.0
 */
public final class EventNameArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public EventNameArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(EventName.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return ((SocketIoInvocation) message.getPayload()).getEvent();
	}

}
