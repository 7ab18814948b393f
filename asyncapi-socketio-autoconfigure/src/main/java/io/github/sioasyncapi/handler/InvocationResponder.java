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

import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import com.corundumstudio.socketio.AckRequest;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.error.ErrorAckFactory;
import io.github.sioasyncapi.handler.SocketIoExceptionHandlers.Resolved;
import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.ResponseValidationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * Invokes a handler and answers the client: the return value (or what its future completes
 * with) is validated and sent as the acknowledgement, an
 * {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record as one argument
 * per component; a failure goes through the exception handler chain, and whatever no handler
 * takes becomes the default error ack. When it is over, the invocation's interceptors are told
 * how it ended.
 */
final class InvocationResponder {

	private static final Log logger = LogFactory.getLog(InvocationResponder.class);

	private final SocketIoExceptionHandlers exceptionHandlers;

	private final ErrorAckFactory errorAcks;

	private final SocketIoObserver observer;

	InvocationResponder(SocketIoExceptionHandlers exceptionHandlers, ErrorAckFactory errorAcks,
			SocketIoObserver observer) {
		this.exceptionHandlers = exceptionHandlers;
		this.errorAcks = errorAcks;
		this.observer = observer;
	}

	void invoke(SocketIoInvocation invocation, SocketIoHandlerMethod handler) {
		Object result;
		try {
			result = handler.invoke(new SocketIoMessage(invocation));
		}
		catch (Throwable ex) {
			fail(invocation, ex);
			return;
		}
		if (result instanceof CompletionStage<?> stage) {
			stage.whenComplete((value, ex) -> {
				if (ex != null) {
					fail(invocation, unwrap(ex));
				}
				else {
					reply(invocation, handler, value);
				}
			});
		}
		else {
			reply(invocation, handler, result);
		}
	}

	private void reply(SocketIoInvocation invocation, SocketIoHandlerMethod handler, @Nullable Object value) {
		if (invocation.isAckRequested()) {
			try {
				handler.validateReturnValue(value);
			}
			catch (RuntimeException ex) {
				fail(invocation, ex);
				return;
			}
			send(invocation.getAckRequest(), value, handler.getAckType() == null, handler.getAckRecord());
		}
		handled(invocation, Outcome.OK, null);
	}

	private void handled(SocketIoInvocation invocation, Outcome outcome, @Nullable Throwable failure) {
		this.observer.eventHandled(invocation.getNamespace(), invocation.getEventTag(), outcome,
				invocation.isAckRequested(), System.nanoTime() - invocation.getStartNanos());
		invocation.completed(outcome, failure);
	}

	void fail(SocketIoInvocation invocation, Throwable failure) {
		if (failure instanceof RequestValidationException) {
			this.observer.validationFailed(invocation.getNamespace(), invocation.getEventTag(), "request");
		}
		else if (failure instanceof ResponseValidationException) {
			this.observer.validationFailed(invocation.getNamespace(), invocation.getEventTag(), "response");
		}
		SocketIoHandlerMethod handler = invocation.getHandler();
		Resolved resolved = this.exceptionHandlers.resolve(failure, (handler != null) ? handler.getBeanType() : null);
		if (resolved != null) {
			Object value;
			try {
				value = resolved.handler().invoke(new SocketIoMessage(invocation), resolved.exception(), failure);
			}
			catch (Throwable handlerFailure) {
				handlerFailed(invocation, resolved, failure, handlerFailure);
				return;
			}
			if (value instanceof CompletionStage<?> stage) {
				stage.whenComplete((result, ex) -> {
					if (ex != null) {
						handlerFailed(invocation, resolved, failure, unwrap(ex));
					}
					else {
						handledBy(invocation, resolved, result, failure);
					}
				});
			}
			else {
				handledBy(invocation, resolved, value, failure);
			}
			return;
		}
		answerWithDefault(invocation, failure);
	}

	private void handledBy(SocketIoInvocation invocation, Resolved resolved, @Nullable Object value, Throwable failure) {
		ResolvableType type = ReturnTypes.answered(resolved.handler().getMethod(), resolved.handler().getBeanType());
		boolean empty = ReturnTypes.isVoid(type);
		if (!empty && (value == null || value instanceof Optional<?> optional && optional.isEmpty())) {
			// the document has no null reply: the failure's own error ack, which it has
			logger.warn("@SocketIoExceptionHandler " + resolved.handler() + " returned no value for " + failure
					+ "; answering with the default error ack");
			answerWithDefault(invocation, failure);
			return;
		}
		if (invocation.isAckRequested()) {
			send(invocation.getAckRequest(), value, empty, ArgumentRecord.of(type));
		}
		handled(invocation, Outcome.of(failure, true), failure);
	}

	private void handlerFailed(SocketIoInvocation invocation, Resolved resolved, Throwable failure,
			Throwable handlerFailure) {
		logger.warn("@SocketIoExceptionHandler " + resolved.handler() + " failed on " + failure
				+ "; answering with the default error ack", handlerFailure);
		answerWithDefault(invocation, failure);
	}

	private void answerWithDefault(SocketIoInvocation invocation, Throwable failure) {
		ErrorAck ack = this.errorAcks.forFailure(invocation.getNamespace(), invocation.getEvent(), failure,
				invocation.isAckRequested());
		if (invocation.isAckRequested()) {
			invocation.getAckRequest().sendAckData(ack);
		}
		handled(invocation, Outcome.of(failure, false), failure);
	}

	private static void send(@Nullable AckRequest ackRequest, @Nullable Object value, boolean empty,
			@Nullable ArgumentRecord declared) {
		if (ackRequest == null) {
			return;
		}
		if (empty) {
			ackRequest.sendAckData(Collections.emptyList());
		}
		else {
			ackRequest.sendAckData(ArgumentRecord.toArguments(declared, value));
		}
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable current = ex;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

}
