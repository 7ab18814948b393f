package io.github.sioasyncapi.handler;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Carries a {@link SocketIoInvocation} through spring-messaging's
 * {@link org.springframework.messaging.handler.invocation.InvocableHandlerMethod} and its
 * argument resolvers. It has no headers, so creating one costs no id or timestamp.
 *
 * @since 0.1.0
 */
public final class SocketIoMessage implements Message<SocketIoInvocation> {

	private static final MessageHeaders NO_HEADERS = new EmptyHeaders();

	private final SocketIoInvocation invocation;

	/**
	 * Wrap an invocation.
	 * @param invocation the invocation
	 */
	public SocketIoMessage(SocketIoInvocation invocation) {
		this.invocation = invocation;
	}

	@Override
	public SocketIoInvocation getPayload() {
		return this.invocation;
	}

	@Override
	public MessageHeaders getHeaders() {
		return NO_HEADERS;
	}

	private static final class EmptyHeaders extends MessageHeaders {

		private static final long serialVersionUID = 1L;

		EmptyHeaders() {
			super(null, ID_VALUE_NONE, -1L);
		}

	}

}
