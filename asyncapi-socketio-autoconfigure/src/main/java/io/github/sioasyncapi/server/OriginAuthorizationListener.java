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

package io.github.sioasyncapi.server;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.corundumstudio.socketio.AuthorizationListener;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.HandshakeData;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.util.PatternMatchUtils;

/**
 * Refuses handshakes (polling and websocket alike) whose {@code Origin} header is not allowed
 * by {@code socketio.server.allowed-origins}, then asks the next listener. Requests without an
 * {@code Origin} header (non-browser clients) pass. With no allowed origins configured, an
 * origin passes when its host name is the one the request was sent to, whatever the port (so a
 * page served on port 8080 may connect to port 9092 of the same host); {@code *} allows any
 * origin, and entries may use {@code *} wildcards ({@code https://*.example.com}).
 *
 * @since 0.1.0
 */
public class OriginAuthorizationListener implements AuthorizationListener {

	private static final Log logger = LogFactory.getLog(OriginAuthorizationListener.class);

	private final List<String> allowedOrigins;

	private final AuthorizationListener next;

	/**
	 * Create a listener.
	 * @param allowedOrigins the allowed origins, empty for "same host name"
	 * @param next the listener to ask when the origin is allowed
	 */
	public OriginAuthorizationListener(List<String> allowedOrigins, AuthorizationListener next) {
		this.allowedOrigins = List.copyOf(allowedOrigins);
		this.next = next;
	}

	@Override
	public AuthorizationResult getAuthorizationResult(HandshakeData data) {
		String origin = data.getHttpHeaders().get(HttpHeaderNames.ORIGIN);
		if (origin != null && !isAllowed(origin, data.getHttpHeaders().get(HttpHeaderNames.HOST))) {
			logger.info("Refused Socket.IO handshake from origin '" + origin
					+ "' (see socketio.server.allowed-origins)");
			return AuthorizationResult.FAILED_AUTHORIZATION;
		}
		return this.next.getAuthorizationResult(data);
	}

	boolean isAllowed(String origin, @Nullable String host) {
		if (this.allowedOrigins.isEmpty()) {
			String originHost = hostName(origin);
			return originHost != null && host != null && originHost.equals(hostOfHostHeader(host));
		}
		for (String allowed : this.allowedOrigins) {
			if ("*".equals(allowed) || allowed.equalsIgnoreCase(origin)
					|| PatternMatchUtils.simpleMatch(allowed.toLowerCase(Locale.ROOT), origin.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String hostName(String origin) {
		try {
			String host = URI.create(origin).getHost();
			return (host != null) ? stripBrackets(host.toLowerCase(Locale.ROOT)) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String hostOfHostHeader(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		if (lower.startsWith("[")) {
			int end = lower.indexOf(']');
			return (end > 0) ? lower.substring(1, end) : lower;
		}
		int colon = lower.indexOf(':');
		return (colon >= 0) ? lower.substring(0, colon) : lower;
	}

	private static String stripBrackets(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
