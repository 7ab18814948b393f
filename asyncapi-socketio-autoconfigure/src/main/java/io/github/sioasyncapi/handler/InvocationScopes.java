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

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;
import io.github.sioasyncapi.observe.Outcome;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The scopes of the {@link SocketIoInvocationInterceptor}s of one invocation: opened in order,
 * closed and completed in reverse order. A scope that fails to close or complete is logged and
 * does not keep the others from closing.
 */
final class InvocationScopes implements Scope {

	private static final Log logger = LogFactory.getLog(InvocationScopes.class);

	private final Scope[] scopes;

	private final AtomicBoolean completed = new AtomicBoolean();

	private InvocationScopes(Scope[] scopes) {
		this.scopes = scopes;
	}

	/**
	 * Open the scopes of an invocation and attach them to it. When an interceptor throws, the
	 * scopes already opened are completed with the failure and closed, and the failure is
	 * rethrown.
	 */
	static Scope open(List<SocketIoInvocationInterceptor> interceptors, SocketIoInvocation invocation) {
		if (interceptors.isEmpty()) {
			return Scope.NONE;
		}
		Scope[] scopes = new Scope[interceptors.size()];
		int opened = 0;
		try {
			for (SocketIoInvocationInterceptor interceptor : interceptors) {
				scopes[opened] = interceptor.open(invocation);
				opened++;
			}
		}
		catch (RuntimeException ex) {
			InvocationScopes partial = new InvocationScopes(Arrays.copyOf(scopes, opened));
			partial.completed(Outcome.of(ex, false), ex);
			partial.close();
			throw ex;
		}
		InvocationScopes all = new InvocationScopes(scopes);
		invocation.setScope(all);
		return all;
	}

	@Override
	public void close() {
		for (int i = this.scopes.length - 1; i >= 0; i--) {
			try {
				this.scopes[i].close();
			}
			catch (RuntimeException ex) {
				logger.warn("Socket.IO invocation scope " + this.scopes[i] + " failed to close", ex);
			}
		}
	}

	@Override
	public void completed(Outcome outcome, @Nullable Throwable failure) {
		if (!this.completed.compareAndSet(false, true)) {
			return;
		}
		for (int i = this.scopes.length - 1; i >= 0; i--) {
			try {
				this.scopes[i].completed(outcome, failure);
			}
			catch (RuntimeException ex) {
				logger.warn("Socket.IO invocation scope " + this.scopes[i] + " failed to complete", ex);
			}
		}
	}

}
