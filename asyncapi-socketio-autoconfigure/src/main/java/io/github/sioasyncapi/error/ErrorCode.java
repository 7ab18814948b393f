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

import io.github.sioasyncapi.validation.RequestValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The codes of the default error acknowledgement, stable on the wire, and which failures they
 * stand for.
 *
 * @since 0.1.0
 */
public enum ErrorCode {

	/** The payload has the wrong shape or type, is missing, or violates a constraint. */
	INVALID_PAYLOAD("invalid_payload"),

	/** No handler exists for the event (sent only when the client asked for an ack). */
	UNKNOWN_EVENT("unknown_event"),

	/** The client has no or bad credentials, or may not connect. */
	UNAUTHORIZED("unauthorized"),

	/** The client is authenticated but may not do this. */
	FORBIDDEN("forbidden"),

	/** Anything else; the details are in the server log under the error's id. */
	INTERNAL_ERROR("internal_error");

	/** Spring Security's exceptions, when it is on the class path. */
	private static final @Nullable Class<?> AUTHENTICATION_EXCEPTION = load(
			"org.springframework.security.core.AuthenticationException");

	private static final @Nullable Class<?> ACCESS_DENIED_EXCEPTION = load(
			"org.springframework.security.access.AccessDeniedException");

	private final String code;

	ErrorCode(String code) {
		this.code = code;
	}

	/**
	 * The code as sent on the wire.
	 * @return for example {@code invalid_payload}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The code of a failure that the client caused: an invalid payload, an unknown event,
	 * {@link UnauthorizedException} or Spring Security's {@code AuthenticationException}
	 * ({@code unauthorized}), {@link ForbiddenException} or Spring Security's
	 * {@code AccessDeniedException} ({@code forbidden}).
	 * @param failure the failure
	 * @return the code, or {@code null} for a failure of the server's (an
	 * {@code internal_error})
	 */
	public static @Nullable ErrorCode of(Throwable failure) {
		if (failure instanceof RequestValidationException) {
			return INVALID_PAYLOAD;
		}
		if (failure instanceof UnknownEventException) {
			return UNKNOWN_EVENT;
		}
		if (failure instanceof UnauthorizedException || isInstance(AUTHENTICATION_EXCEPTION, failure)) {
			return UNAUTHORIZED;
		}
		if (failure instanceof ForbiddenException || isInstance(ACCESS_DENIED_EXCEPTION, failure)) {
			return FORBIDDEN;
		}
		return null;
	}

	private static boolean isInstance(@Nullable Class<?> type, Throwable failure) {
		return type != null && type.isInstance(failure);
	}

	private static @Nullable Class<?> load(String className) {
		ClassLoader loader = ErrorCode.class.getClassLoader();
		return ClassUtils.isPresent(className, loader) ? ClassUtils.resolveClassName(className, loader) : null;
	}

}
