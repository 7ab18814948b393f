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

import io.github.sioasyncapi.observe.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Runs around every {@link SocketIoInvocation}: on the thread that runs its handlers, before
 * they run, with a {@link Scope} that is closed when they returned and completed when the
 * invocation is over. This is where thread-bound context belongs (a security context, an
 * observation's scope, the MDC), since handlers run on the handler executor's threads, never on
 * the thread that read the packet.
 * <p>
 * Beans of this type are applied in {@link org.springframework.core.Ordered order}, the first
 * outermost. For a {@link SocketIoInvocation.Kind#CONNECT CONNECT} invocation, which runs on the
 * connection's I/O thread before the client is admitted, an interceptor may refuse the
 * connection by throwing (an {@link io.github.sioasyncapi.error.UnauthorizedException} sends its
 * message to the client) and may set the connection's
 * {@link SocketIoInvocation#setPrincipal principal}, which every later invocation of the client in
 * the namespace carries.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SocketIoInvocationInterceptor {

	/**
	 * An invocation starts on the current thread.
	 * @param invocation the invocation
	 * @return its scope, never {@code null}
	 */
	Scope open(SocketIoInvocation invocation);

	/**
	 * The scope of one invocation in one interceptor.
	 *
	 * @since 0.1.0
	 */
	interface Scope {

		/** A scope with nothing to do. */
		Scope NONE = new Scope() {
		};

		/**
		 * The handlers returned (or threw): the thread leaves the invocation. Called on the
		 * thread the scope was opened on; restore thread-bound state here.
		 */
		default void close() {
		}

		/**
		 * The invocation is over: its ack was sent (or no ack will be), or the connection was
		 * admitted or refused. Called once, before {@link #close()} when the handler answered
		 * on its thread, or later on another thread when it returned a future.
		 * @param outcome how it ended
		 * @param failure the failure, or {@code null}
		 */
		default void completed(Outcome outcome, @Nullable Throwable failure) {
		}

	}

}
