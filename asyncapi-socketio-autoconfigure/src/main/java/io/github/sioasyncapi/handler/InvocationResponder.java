package io.github.sioasyncapi.handler;

import java.util.Collections;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import com.corundumstudio.socketio.AckRequest;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.error.ErrorAck;
import io.github.sioasyncapi.handler.SocketIoExceptionHandlers.Resolved;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Invokes a handler and answers the client: the return value (or what its future completes
 * with) is validated and sent as the acknowledgement; a failure goes through the exception
 * handler chain, and whatever no handler takes becomes the default error ack.
 */
final class InvocationResponder {

	private static final Log logger = LogFactory.getLog(InvocationResponder.class);

	private final SocketIoExceptionHandlers exceptionHandlers;

	private final DefaultErrorAcks errorAcks;

	InvocationResponder(SocketIoExceptionHandlers exceptionHandlers, DefaultErrorAcks errorAcks) {
		this.exceptionHandlers = exceptionHandlers;
		this.errorAcks = errorAcks;
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
		if (!invocation.isAckRequested()) {
			return;
		}
		try {
			handler.validateReturnValue(value);
		}
		catch (RuntimeException ex) {
			fail(invocation, ex);
			return;
		}
		send(invocation.getAckRequest(), value, handler.getAckType() == null);
	}

	void fail(SocketIoInvocation invocation, Throwable failure) {
		SocketIoHandlerMethod handler = invocation.getHandler();
		Resolved resolved = this.exceptionHandlers.resolve(failure, (handler != null) ? handler.getBeanType() : null);
		if (resolved != null) {
			try {
				Object value = resolved.handler()
					.invoke(new SocketIoMessage(invocation), resolved.exception(), failure);
				if (invocation.isAckRequested()) {
					send(invocation.getAckRequest(), value, resolved.handler().isVoid());
				}
				return;
			}
			catch (Throwable handlerFailure) {
				logger.warn("@SocketIoExceptionHandler " + resolved.handler() + " failed on " + failure
						+ "; answering with the default error ack", handlerFailure);
			}
		}
		ErrorAck ack = this.errorAcks.forFailure(invocation.getNamespace(), invocation.getEvent(), failure,
				invocation.isAckRequested());
		if (invocation.isAckRequested()) {
			invocation.getAckRequest().sendAckData(ack);
		}
	}

	private static void send(@Nullable AckRequest ackRequest, @Nullable Object value, boolean empty) {
		if (ackRequest == null) {
			return;
		}
		if (empty) {
			ackRequest.sendAckData(Collections.emptyList());
		}
		else {
			ackRequest.sendAckData(Collections.singletonList(value));
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
