package io.github.sioasyncapi.security;

import java.util.List;

import io.github.sioasyncapi.error.UnauthorizedException;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import io.github.sioasyncapi.handler.SocketIoInvocationInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

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
 * restored afterwards.</li>
 * </ul>
 */
public class SocketIoSecurityInterceptor implements SocketIoInvocationInterceptor, Ordered {

	/** The order: outside the application's interceptors, inside observations. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

	private static final Log logger = LogFactory.getLog(SocketIoSecurityInterceptor.class);

	private static final String ANONYMOUS_KEY = SocketIoSecurityInterceptor.class.getName();

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(ANONYMOUS_KEY, "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final @Nullable BearerTokenAuthenticator authenticator;

	private final boolean anonymous;

	private final SecurityContextHolderStrategy securityContexts;

	/**
	 * Create the interceptor.
	 * @param authenticator what authenticates bearer tokens, or {@code null} when the
	 * application has nothing that could: then only anonymous clients may connect, if allowed
	 * @param anonymous whether clients may connect without a token
	 * @param securityContexts where the security context of the current thread is kept
	 */
	public SocketIoSecurityInterceptor(@Nullable BearerTokenAuthenticator authenticator, boolean anonymous,
			SecurityContextHolderStrategy securityContexts) {
		this.authenticator = authenticator;
		this.anonymous = anonymous;
		this.securityContexts = securityContexts;
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
		return new Scope() {

			@Override
			public void close() {
				SocketIoSecurityInterceptor.this.securityContexts.setContext(previous);
			}

		};
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

}
