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

package io.github.sioasyncapi.observe;

import io.github.sioasyncapi.emit.SocketIoEmitInterceptor;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;

/**
 * Observes the Socket.IO runtime with Micrometer: an observation per handled event
 * ({@code socketio.event}), per client connecting ({@code socketio.connect}) and per emit
 * ({@code socketio.emit}), see {@link DefaultSocketIoObservationConvention}. The handler runs
 * inside its observation's scope, so that with micrometer-tracing there is a span per event,
 * the trace id is in the handler's logging context (MDC), and what the handler does (emits,
 * calls to other services) joins the trace. An observation ends when the handling ends: when
 * the ack was sent, also after a handler's future completed. Ordered first, so that other
 * interceptors (security) run inside it.
 *
 * @since 0.1.0
 */
public class SocketIoObservationInterceptor implements SocketIoInvocationInterceptor, SocketIoEmitInterceptor, Ordered {

	/** The order: before every other interceptor. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private static final DefaultSocketIoObservationConvention EVENT = new DefaultSocketIoObservationConvention(
			SocketIoObservationContext.Kind.EVENT);

	private static final DefaultSocketIoObservationConvention CONNECT = new DefaultSocketIoObservationConvention(
			SocketIoObservationContext.Kind.CONNECT);

	private static final DefaultSocketIoObservationConvention EMIT = new DefaultSocketIoObservationConvention(
			SocketIoObservationContext.Kind.EMIT);

	private final ObservationRegistry registry;

	/**
	 * Create the interceptor.
	 * @param registry the observation registry
	 */
	public SocketIoObservationInterceptor(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Scope open(SocketIoInvocation invocation) {
		boolean connect = invocation.getKind() == SocketIoInvocation.Kind.CONNECT;
		SocketIoObservationContext context = new SocketIoObservationContext(
				connect ? SocketIoObservationContext.Kind.CONNECT : SocketIoObservationContext.Kind.EVENT,
				invocation.getNamespace(), invocation.getEventTag(),
				invocation.getClient().getSessionId().toString());
		return start(context, connect ? CONNECT : EVENT);
	}

	@Override
	public Scope open(String namespace, String event) {
		return start(new SocketIoObservationContext(SocketIoObservationContext.Kind.EMIT, namespace, event, null), EMIT);
	}

	private Scope start(SocketIoObservationContext context, DefaultSocketIoObservationConvention convention) {
		Observation observation = Observation.createNotStarted(null, convention, () -> context, this.registry).start();
		Observation.Scope scope = observation.openScope();
		return new Scope() {

			@Override
			public void close() {
				scope.close();
			}

			@Override
			public void completed(Outcome outcome, @Nullable Throwable failure) {
				context.setOutcome(outcome);
				if (failure != null && (outcome == Outcome.INTERNAL_ERROR || outcome == Outcome.HANDLED_ERROR)) {
					observation.error(failure);
				}
				observation.stop();
			}

		};
	}

}
