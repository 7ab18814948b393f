package io.github.sioasyncapi.handler.support;

import java.security.Principal;

import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves parameters of type {@link Principal}, or of a subtype such as Spring Security's
 * {@code Authentication}, to who the client is, as established when it connected
 * ({@link SocketIoInvocation#getPrincipal()}): {@code null} for an anonymous client, or when the
 * principal is not of the parameter's type.
 *
 * @since 0.1.0
 */
public final class PrincipalArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public PrincipalArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Principal.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
		Principal principal = ((SocketIoInvocation) message.getPayload()).getPrincipal();
		return parameter.getParameterType().isInstance(principal) ? principal : null;
	}

}
