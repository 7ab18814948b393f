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

import io.github.sioasyncapi.error.ErrorCode;

/**
 * How the handling of an event ended, as recorded by {@link SocketIoObserver}s and metrics.
 *
 * @since 0.1.0
 */
public enum Outcome {

	/** The handler ran and its ack (if one was requested) was sent. */
	OK("ok"),

	/** The payload was rejected before the handler ran. */
	INVALID_PAYLOAD("invalid_payload"),

	/** No handler is mapped to the event. */
	UNKNOWN_EVENT("unknown_event"),

	/** The client has no or bad credentials, or a connect guard refused it. */
	UNAUTHORIZED("unauthorized"),

	/** The client is authenticated but was not allowed to do this. */
	FORBIDDEN("forbidden"),

	/** The handler failed and an {@code @SocketIoExceptionHandler} produced the ack. */
	HANDLED_ERROR("handled_error"),

	/** The handler failed and nothing handled it. */
	INTERNAL_ERROR("internal_error");

	private final String tag;

	Outcome(String tag) {
		this.tag = tag;
	}

	/**
	 * The value of the {@code outcome} metric tag.
	 * @return for example {@code invalid_payload}
	 */
	public String tag() {
		return this.tag;
	}

	/**
	 * The outcome of a failure: that of its {@link ErrorCode#of(Throwable) error code} when
	 * the client caused it.
	 * @param failure the failure
	 * @param handled whether an exception handler produced the ack
	 * @return the outcome
	 */
	public static Outcome of(Throwable failure, boolean handled) {
		ErrorCode code = ErrorCode.of(failure);
		if (code == null || code == ErrorCode.INTERNAL_ERROR) {
			return handled ? HANDLED_ERROR : INTERNAL_ERROR;
		}
		return switch (code) {
			case INVALID_PAYLOAD -> INVALID_PAYLOAD;
			case UNKNOWN_EVENT -> UNKNOWN_EVENT;
			case UNAUTHORIZED -> UNAUTHORIZED;
			case FORBIDDEN -> FORBIDDEN;
			case INTERNAL_ERROR -> INTERNAL_ERROR;
		};
	}

}
