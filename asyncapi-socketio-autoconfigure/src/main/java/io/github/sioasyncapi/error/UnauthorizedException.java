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

package io.github.sioasyncapi.error;

/**
 * Thrown by a handler, or a connect guard, to refuse what the client asked for. By default the
 * client gets an {@code unauthorized} error ack (or {@code connect_error}) carrying this
 * exception's message, so write it for the client.
 *
 * @since 0.1.0
 */
public class UnauthorizedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the message for the client
	 */
	public UnauthorizedException(String message) {
		super(message);
	}

}
