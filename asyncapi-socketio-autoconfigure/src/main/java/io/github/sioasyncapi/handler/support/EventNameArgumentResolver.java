package io.github.sioasyncapi.handler.support;

import io.github.sioasyncapi.annotation.EventName;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves {@link EventName @EventName} {@code String} parameters to the event being handled.
 *
 * @since 0.1.0
 */
public final class EventNameArgumentResolver implements HandlerMethodArgumentResolver {

	/**
	 * Create a resolver; it holds no state, so one instance serves every handler.
	 */
	public EventNameArgumentResolver() {
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(EventName.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		return ((SocketIoInvocation) message.getPayload()).getEvent();
	}

}
