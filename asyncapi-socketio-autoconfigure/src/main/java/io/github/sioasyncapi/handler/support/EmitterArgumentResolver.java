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

import java.util.function.Supplier;

import io.github.sioasyncapi.emit.SocketIoEmitter;
import io.github.sioasyncapi.emit.SocketIoEmitters;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link SocketIoEmitter} parameters to an emitter bound to the invocation's client
 * and namespace.
 *
 * @since 0.1.0
 */
public final class EmitterArgumentResolver implements HandlerMethodArgumentResolver {

	private final Supplier<SocketIoEmitters> emitters;

	/**
	 * Create a resolver.
	 * @param emitters the emitter factory, looked up on first use (emitters validate against
	 * the handler registry, which needs this resolver)
	 */
	public EmitterArgumentResolver(Supplier<SocketIoEmitters> emitters) {
		this.emitters = emitters;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SocketIoEmitter.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		SocketIoInvocation invocation = (SocketIoInvocation) message.getPayload();
		return this.emitters.get().forClient(invocation.getClient(), invocation.getNamespace());
	}

}
