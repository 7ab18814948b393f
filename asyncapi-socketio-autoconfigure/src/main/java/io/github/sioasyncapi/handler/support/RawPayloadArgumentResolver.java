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

import java.util.List;

import io.github.sioasyncapi.handler.SocketIoInvocation;
import io.github.sioasyncapi.json.DecodedArgument;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import tools.jackson.databind.JsonNode;

/**
 * Resolves a {@link JsonNode} parameter of an exception handler to the event's first argument
 * as the client sent it, since the typed payload may be what failed.
 *
 * @since 0.1.0
 */
public final class RawPayloadArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public RawPayloadArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == JsonNode.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		List<Object> arguments = ((SocketIoInvocation) message.getPayload()).getArguments();
		Object first = arguments.isEmpty() ? null : arguments.get(0);
		if (first instanceof DecodedArgument decoded) {
			return decoded.toTree();
		}
		return (first instanceof JsonNode node) ? node : null;
	}

}
