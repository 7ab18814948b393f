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

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.SocketIoValidationException;
import io.github.sioasyncapi.validation.Violation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failure nobody handled into the default {@link ErrorAck}, and logs it: client
 * mistakes at {@code DEBUG} when the client is told through an ack, at {@code INFO} otherwise;
 * server failures at {@code ERROR} with an id that the {@code internal_error} ack carries, and
 * never with a class name or stack trace on the wire. The code of a failure is
 * {@link ErrorCode#of(Throwable)}; subclasses may answer failures of their own with
 * {@link #clientError}.
 *
 * @since 0.1.0
 */
public class DefaultErrorAcks implements ErrorAckFactory {

	private static final Log logger = LogFactory.getLog(DefaultErrorAcks.class);

	/**
	 * Create the factory of the built-in error acks.
	 */
	public DefaultErrorAcks() {
	}

	/**
	 * The error ack for a failure.
	 * @param namespace the namespace
	 * @param event the event being handled
	 * @param failure the failure
	 * @param acked whether the client will receive the ack (for the log level)
	 * @return the ack
	 */
	@Override
	public ErrorAck forFailure(String namespace, String event, Throwable failure, boolean acked) {
		ErrorAck ack = clientError(namespace, event, failure);
		if (ack != null) {
			if (acked ? logger.isDebugEnabled() : logger.isInfoEnabled()) {
				String text = "Socket.IO " + ack.error().code() + " for event '" + event + "' in namespace '"
						+ namespace + "': " + failure.getMessage();
				if (acked) {
					logger.debug(text);
				}
				else {
					logger.info(text + " (no ack requested, the client is not told)");
				}
			}
			return ack;
		}
		String id = UUID.randomUUID().toString();
		logger.error("Socket.IO handler failed for event '" + event + "' in namespace '" + namespace + "' [error id "
				+ id + "]", failure);
		return ErrorAck.of(ErrorCode.INTERNAL_ERROR, "Internal server error (error id " + id + ")", List.of(), id);
	}

	/**
	 * The error ack for a failure that the client caused (an invalid payload, an unknown
	 * event, a refusal), without logging. Messages of refusals are the exception's for
	 * {@link UnauthorizedException} and {@link ForbiddenException}, which are written for the
	 * client, and generic for Spring Security's exceptions, whose messages may say more than
	 * the client should know.
	 * @param namespace the namespace
	 * @param event the event being handled
	 * @param failure the failure
	 * @return the ack, or {@code null} when the failure is the server's (an
	 * {@code internal_error})
	 */
	protected @Nullable ErrorAck clientError(String namespace, String event, Throwable failure) {
		ErrorCode code = ErrorCode.of(failure);
		if (code == null) {
			return null;
		}
		return switch (code) {
			case INVALID_PAYLOAD -> {
				RequestValidationException invalid = (RequestValidationException) failure;
				String subject = invalid.getEvent().isEmpty() ? invalid.getSubject()
						: invalid.getEvent() + ": " + invalid.getSubject();
				yield ErrorAck.of(code, subject + " is invalid", invalid.getViolations(), null);
			}
			case UNKNOWN_EVENT -> ErrorAck.of(code, "Unknown event '" + event + "' in namespace '" + namespace + "'",
					List.of(), null);
			case UNAUTHORIZED -> ErrorAck.of(code, (failure instanceof UnauthorizedException)
					? Objects.requireNonNullElse(failure.getMessage(), "Unauthorized") : "Authentication required",
					List.of(), null);
			case FORBIDDEN -> ErrorAck.of(code, (failure instanceof ForbiddenException)
					? Objects.requireNonNullElse(failure.getMessage(), "Forbidden") : "Access denied", List.of(), null);
			case INTERNAL_ERROR -> null;
		};
	}

	/**
	 * The data of the {@code connect_error} a refused client receives: Socket.IO's
	 * {@code {message, data}} with the error ack as {@code data}.
	 * @param namespace the namespace
	 * @param failure why the connection was refused, or {@code null} if a guard returned
	 * {@code false}
	 * @return the connect error data
	 */
	@Override
	public ConnectError forRefusedConnect(String namespace, @Nullable Throwable failure) {
		String message = "Connection refused";
		List<Violation> violations = List.of();
		if (failure instanceof UnauthorizedException) {
			message = Objects.requireNonNullElse(failure.getMessage(), message);
		}
		else if (failure instanceof SocketIoValidationException invalid) {
			message = "Invalid auth data";
			violations = invalid.getViolations();
		}
		else if (failure != null) {
			logger.info("Connection to namespace '" + namespace + "' refused: " + failure);
		}
		return new ConnectError(message, ErrorAck.of(ErrorCode.UNAUTHORIZED, message, violations, null));
	}

	/**
	 * The {@code connect_error} data of a refused connection.
	 *
	 * @param message the message ({@code err.message} in the JavaScript client)
	 * @param data the error ack ({@code err.data} in the JavaScript client)
	 * @since 0.1.0
	 */
	public record ConnectError(@JsonProperty("message") String message, @JsonProperty("data") ErrorAck data) {
	}

}
