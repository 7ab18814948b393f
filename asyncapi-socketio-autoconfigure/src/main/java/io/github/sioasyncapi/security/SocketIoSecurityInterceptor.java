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

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;

import io.github.sioasyncapi.error.UnauthorizedException;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor;
import io.github.sioasyncapi.observe.Outcome;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.util.ClassUtils;

/**
 * Spring Security for Socket.IO invocations:
 * <ul>
 * <li>when a client connects, its bearer token (the auth data's {@code token}, or the
 * handshake's {@code Authorization: Bearer} header) is authenticated by a
 * {@link BearerTokenAuthenticator}, and the result becomes the connection's principal; a
 * missing token (unless anonymous clients are allowed), a bad one, or no way to authenticate it
 * refuses the connection with {@code unauthorized};</li>
 * <li>every handler (connect guards included) runs with a security context holding the
 * connection's {@link Authentication}, or an anonymous one, so that method security
 * ({@code @PreAuthorize}, {@code @Secured}) applies to controllers; the previous context is
 * restored afterwards;</li>
 * <li>a client whose token has an expiry (a JWT's {@code exp}, an introspected token's) is
 * disconnected from the namespace when the token expires, unless that is turned off: a token is
 * checked when the client connects only, so without this a client would keep receiving the
 * namespace's events with a token that no longer authenticates it. Clients reconnect with a
 * fresh token.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public class SocketIoSecurityInterceptor implements SocketIoInvocationInterceptor, Ordered, DisposableBean {

	/** The order: outside the application's interceptors, inside observations. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

	private static final Log logger = LogFactory.getLog(SocketIoSecurityInterceptor.class);

	private static final String ANONYMOUS_KEY = SocketIoSecurityInterceptor.class.getName();

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(ANONYMOUS_KEY, "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final @Nullable BearerTokenAuthenticator authenticator;

	private final boolean anonymous;

	private static final boolean OAUTH2_TOKENS = ClassUtils.isPresent(
			"org.springframework.security.oauth2.core.AbstractOAuth2Token",
			SocketIoSecurityInterceptor.class.getClassLoader());

	private final SecurityContextHolderStrategy securityContexts;

	private final boolean disconnectOnExpiry;

	private volatile @Nullable ScheduledExecutorService expiries;

	/**
	 * Create the interceptor.
	 * @param authenticator what authenticates bearer tokens, or {@code null} when the
	 * application has nothing that could: then only anonymous clients may connect, if allowed
	 * @param anonymous whether clients may connect without a token
	 * @param securityContexts where the security context of the current thread is kept
	 * @param disconnectOnExpiry whether clients are disconnected when their token expires
	 */
	public SocketIoSecurityInterceptor(@Nullable BearerTokenAuthenticator authenticator, boolean anonymous,
			SecurityContextHolderStrategy securityContexts, boolean disconnectOnExpiry) {
		this.authenticator = authenticator;
		this.anonymous = anonymous;
		this.securityContexts = securityContexts;
		this.disconnectOnExpiry = disconnectOnExpiry;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Scope open(SocketIoInvocation invocation) {
		if (invocation.getKind() == SocketIoInvocation.Kind.CONNECT) {
			invocation.setPrincipal(authenticate(invocation));
		}
		Authentication authentication = (invocation.getPrincipal() instanceof Authentication known) ? known : ANONYMOUS;
		SecurityContext previous = this.securityContexts.getContext();
		SecurityContext context = this.securityContexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.securityContexts.setContext(context);
		boolean connect = invocation.getKind() == SocketIoInvocation.Kind.CONNECT;
		return new Scope() {

			@Override
			public void completed(Outcome outcome, @Nullable Throwable failure) {
				if (connect && outcome == Outcome.OK) {
					disconnectOnExpiry(invocation.getClient(), invocation.getNamespace(), authentication);
				}
			}

			@Override
			public void close() {
				SocketIoSecurityInterceptor.this.securityContexts.setContext(previous);
			}

		};
	}

	private void disconnectOnExpiry(SocketIOClient client, String namespace, Authentication authentication) {
		Instant expiresAt = (this.disconnectOnExpiry && OAUTH2_TOKENS) ? OAuth2Tokens.expiresAt(authentication) : null;
		if (expiresAt == null) {
			return;
		}
		// the task must not keep a client that left alive until its token expires
		WeakReference<SocketIOClient> reference = new WeakReference<>(client);
		long delay = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
		expiries().schedule(() -> {
			SocketIOClient connected = reference.get();
			if (connected != null && connected.isChannelOpen()) {
				logger.info("Socket.IO client " + connected.getSessionId() + " disconnected from namespace '"
						+ namespace + "': its bearer token expired at " + expiresAt);
				connected.disconnect();
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	private ScheduledExecutorService expiries() {
		ScheduledExecutorService expiries = this.expiries;
		if (expiries == null) {
			synchronized (this) {
				expiries = this.expiries;
				if (expiries == null) {
					CustomizableThreadFactory threads = new CustomizableThreadFactory("socketio-token-expiry-");
					threads.setDaemon(true);
					ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads);
					executor.setRemoveOnCancelPolicy(true);
					this.expiries = executor;
					expiries = executor;
				}
			}
		}
		return expiries;
	}

	/**
	 * Stop the expiry timer.
	 */
	@Override
	public void destroy() {
		ScheduledExecutorService expiries = this.expiries;
		if (expiries != null) {
			expiries.shutdownNow();
		}
	}

	private @Nullable Authentication authenticate(SocketIoInvocation invocation) {
		List<Object> arguments = invocation.getArguments();
		String token = HandshakeBearerToken.resolve(arguments.isEmpty() ? null : arguments.get(0),
				invocation.getClient().getHandshakeData());
		if (token == null) {
			if (this.anonymous) {
				return null;
			}
			throw new UnauthorizedException("A bearer token is required");
		}
		if (this.authenticator == null) {
			throw new UnauthorizedException("Bearer tokens cannot be authenticated");
		}
		try {
			return this.authenticator.authenticate(token);
		}
		catch (AuthenticationException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Socket.IO client " + invocation.getClient().getSessionId() + " refused in namespace '"
						+ invocation.getNamespace() + "': " + ex.getMessage());
			}
			throw new UnauthorizedException("Invalid bearer token: " + ex.getMessage());
		}
	}

	/**
	 * The expiry of OAuth 2 tokens, apart so that Spring Security's OAuth 2 classes are needed
	 * only when present.
	 */
	private static final class OAuth2Tokens {

		static @Nullable Instant expiresAt(Authentication authentication) {
			return (authentication.getCredentials() instanceof AbstractOAuth2Token token) ? token.getExpiresAt() : null;
		}

	}

}
