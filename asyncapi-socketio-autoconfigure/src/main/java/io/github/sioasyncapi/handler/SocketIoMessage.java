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

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Carries a {@link SocketIoInvocation} through spring-messaging's
 * {@link org.springframework.messaging.handler.invocation.InvocableHandlerMethod} and its
 * argument resolvers. It has no headers, so creating one costs no id or timestamp.
 *
 * @since 0.1.0
 */
public final class SocketIoMessage implements Message<SocketIoInvocation> {

	private static final MessageHeaders NO_HEADERS = new EmptyHeaders();

	private final SocketIoInvocation invocation;

	/**
	 * Wrap an invocation.
	 * @param invocation the invocation
	 */
	public SocketIoMessage(SocketIoInvocation invocation) {
		this.invocation = invocation;
	}

	@Override
	public SocketIoInvocation getPayload() {
		return this.invocation;
	}

	@Override
	public MessageHeaders getHeaders() {
		return NO_HEADERS;
	}

	private static final class EmptyHeaders extends MessageHeaders {

		private static final long serialVersionUID = 1L;

		EmptyHeaders() {
			super(null, ID_VALUE_NONE, -1L);
		}

	}

}
