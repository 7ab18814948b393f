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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.corundumstudio.socketio.BroadcastOperations;
import com.corundumstudio.socketio.MultiTypeAckCallback;
import com.corundumstudio.socketio.MultiTypeArgs;
import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor.Scope;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.EmitValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import tools.jackson.databind.JsonNode;

/**
 * Sends events for {@link SocketIoEmitter} and {@link SocketIoTemplate}: validates them first,
 * inside the scopes of the {@link SocketIoEmitInterceptor}s, and completes acknowledgement
 * futures off the I/O threads, with every argument of the client's acknowledgement at hand
 * (netty-socketio's single-type callbacks keep the first).
 *
 * @since 0.1.0
 */
public final class EmitSupport {

	private final EmitValidator validator;

	private final Executor callbackExecutor;

	private final int ackTimeoutSeconds;

	private final SocketIoObserver observer;

	private final List<SocketIoEmitInterceptor> interceptors = new ArrayList<>();

	/**
	 * Create emit support.
	 * @param validator the validator of emits and their acknowledgements
	 * @param callbackExecutor where acknowledgement futures complete
	 * @param ackTimeout how long to wait for a client's acknowledgement
	 * @param observer notified of every emit
	 */
	public EmitSupport(EmitValidator validator, Executor callbackExecutor, Duration ackTimeout,
			SocketIoObserver observer) {
		this.validator = validator;
		this.callbackExecutor = callbackExecutor;
		this.ackTimeoutSeconds = (int) Math.max(1, ackTimeout.toSeconds());
		this.observer = observer;
	}

	/**
	 * Add interceptors of emits; they are sorted by {@link org.springframework.core.Ordered}
	 * or {@code @Order}.
	 * @param interceptors the interceptors
	 */
	public void addInterceptors(List<? extends SocketIoEmitInterceptor> interceptors) {
		this.interceptors.addAll(interceptors);
		AnnotationAwareOrderComparator.sort(this.interceptors);
	}

	void send(String namespace, SocketIOClient client, String event, Object[] args) {
		emit(namespace, event, () -> {
			validate(namespace, event, args);
			client.sendEvent(event, args);
		});
	}

	void broadcast(String namespace, BroadcastOperations operations, @Nullable SocketIOClient excluded, String event,
			Object[] args) {
		emit(namespace, event, () -> {
			validate(namespace, event, args);
			if (excluded != null) {
				operations.sendEvent(event, excluded, args);
			}
			else {
				operations.sendEvent(event, args);
			}
		});
	}

	/**
	 * Validate and send an event inside the interceptors' scopes, opened in order and
	 * completed and closed in reverse order.
	 */
	private void emit(String namespace, String event, Runnable send) {
		List<Scope> scopes = new ArrayList<>(this.interceptors.size());
		RuntimeException failure = null;
		try {
			for (SocketIoEmitInterceptor interceptor : this.interceptors) {
				scopes.add(interceptor.open(namespace, event));
			}
			send.run();
			this.observer.eventEmitted(namespace, event);
		}
		catch (RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			for (int i = scopes.size() - 1; i >= 0; i--) {
				scopes.get(i).completed((failure != null) ? Outcome.of(failure, false) : Outcome.OK, failure);
				scopes.get(i).close();
			}
		}
	}

	private void validate(String namespace, String event, Object[] args) {
		try {
			this.validator.validate(namespace, event, args);
		}
		catch (EmitValidationException ex) {
			this.observer.validationFailed(namespace, event, "emit");
			throw ex;
		}
	}

	<T> CompletableFuture<T> sendWithAck(String namespace, SocketIOClient client, String event, Object[] args) {
		CompletableFuture<T> future = new CompletableFuture<>();
		emit(namespace, event, () -> sendWithAck(namespace, client, event, args, future));
		return future;
	}

	@SuppressWarnings("unchecked")
	private <T> void sendWithAck(String namespace, SocketIOClient client, String event, Object[] args,
			CompletableFuture<T> future) {
		validate(namespace, event, args);
		Class<?>[] trees = new Class<?>[this.validator.ackArgumentCount(namespace, event)];
		Arrays.fill(trees, JsonNode.class);
		client.sendEvent(event, new MultiTypeAckCallback(trees) {

			@Override
			public int getTimeout() {
				return EmitSupport.this.ackTimeoutSeconds;
			}

			@Override
			public void onSuccess(MultiTypeArgs result) {
				complete(() -> (T) EmitSupport.this.validator.readAck(namespace, event, result.getArgs()), future);
			}

			@Override
			public void onTimeout() {
				EmitSupport.this.callbackExecutor.execute(() -> future.completeExceptionally(new TimeoutException(
						"No acknowledgement of '" + event + "' within " + EmitSupport.this.ackTimeoutSeconds + "s")));
			}

		}, args);
	}

	private <T> void complete(Supplier<T> value, CompletableFuture<T> future) {
		this.callbackExecutor.execute(() -> {
			try {
				future.complete(value.get());
			}
			catch (RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		});
	}

}
