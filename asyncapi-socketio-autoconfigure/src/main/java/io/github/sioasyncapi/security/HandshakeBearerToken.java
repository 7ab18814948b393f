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

package io.github.sioasyncapi.security;

import java.util.Map;

import com.corundumstudio.socketio.HandshakeData;
import io.github.sioasyncapi.error.UnauthorizedException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Reads the bearer token of a connecting client: the {@code token} of the auth data it sends
 * with its {@code CONNECT} packet ({@code io(url, {auth: {token}})} in socket.io-client), or else
 * the {@code Authorization: Bearer} header of its handshake (which browsers cannot set on a
 * websocket, but other clients can).
 */
final class HandshakeBearerToken {

	/** The property of the auth data that holds the token. */
	static final String AUTH_PROPERTY = "token";

	private static final String BEARER = "Bearer ";

	private HandshakeBearerToken() {
	}

	/**
	 * The token.
	 * @param auth the auth data of the {@code CONNECT} packet, or {@code null}
	 * @param handshake the handshake
	 * @return the token, or {@code null} when the client sent none
	 * @throws UnauthorizedException when a token is sent, but not as a string
	 */
	static @Nullable String resolve(@Nullable Object auth, HandshakeData handshake) {
		if (auth instanceof Map<?, ?> data && data.get(AUTH_PROPERTY) != null) {
			if (!(data.get(AUTH_PROPERTY) instanceof String token) || !StringUtils.hasText(token)) {
				throw new UnauthorizedException("The auth data's token must be a non-empty string");
			}
			return token;
		}
		String authorization = handshake.getHttpHeaders().get("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = authorization.substring(BEARER.length()).trim();
		if (token.isEmpty()) {
			throw new UnauthorizedException("The Authorization header's bearer token is empty");
		}
		return token;
	}

}
