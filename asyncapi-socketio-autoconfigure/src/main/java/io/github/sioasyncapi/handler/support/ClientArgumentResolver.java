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

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves the netty-socketio objects of the invocation, by type: {@link SocketIOClient},
 * {@link HandshakeData}, {@link AckRequest} ({@code null} outside event handlers) and
 * {@link SocketIONamespace}.
 *
 * @since 0.1.0
 */
public final class ClientArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public ClientArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == SocketIOClient.class || type == HandshakeData.class || type == AckRequest.class
				|| type == SocketIONamespace.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		SocketIoInvocation invocation = (SocketIoInvocation) message.getPayload();
		Class<?> type = parameter.getParameterType();
		if (type == SocketIOClient.class) {
			return invocation.getClient();
		}
		if (type == HandshakeData.class) {
			return invocation.getClient().getHandshakeData();
		}
		if (type == AckRequest.class) {
			return invocation.getAckRequest();
		}
		return invocation.getClient().getNamespace();
	}

}
