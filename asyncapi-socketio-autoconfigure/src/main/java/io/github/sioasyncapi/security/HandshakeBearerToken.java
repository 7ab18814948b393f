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
