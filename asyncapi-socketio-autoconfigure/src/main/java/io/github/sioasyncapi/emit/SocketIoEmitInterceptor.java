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

package io.github.sioasyncapi.emit;

import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;

/**
 * Runs around every emit of a {@link SocketIoEmitter} or {@link SocketIoTemplate}, on the
 * emitting thread: before the event is validated and sent, with a {@link Scope} that is
 * completed when it was sent (or failed, for example with an
 * {@link io.github.sioasyncapi.validation.EmitValidationException}) and then closed. Beans of
 * this type are applied in {@link org.springframework.core.Ordered order}, the first outermost.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SocketIoEmitInterceptor {

	/**
	 * An event is about to be sent.
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name
	 * @return the emit's scope, never {@code null}
	 */
	Scope open(String namespace, String event);

}
