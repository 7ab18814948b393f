package io.github.sioasyncapi.handler.support;

import io.github.sioasyncapi.annotation.Namespace;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link Namespace @Namespace} {@code String} parameters to the namespace of the
 * event, as clients name it ({@code "/"}, {@code "/admin"}).
 *
 * @since 0.1.0
 */
public final class NamespaceArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public NamespaceArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Namespace.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return ((SocketIoInvocation) message.getPayload()).getNamespace();
	}

}
