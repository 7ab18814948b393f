package io.github.sioasyncapi.handler;

import java.util.List;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.observe.SocketIoObserver;
import org.jspecify.annotations.Nullable;

/**
 * One call of a handler: the client, where the event came from, its raw arguments and the
 * acknowledgement the client may wait for. Argument resolvers read from it.
 */
public final class SocketIoInvocation {

	private final SocketIOClient client;

	private final String namespace;

	private final String event;

	private final List<Object> arguments;

	private final @Nullable AckRequest ackRequest;

	private final @Nullable SocketIoHandlerMethod handler;

	private final long startNanos = System.nanoTime();

	/**
	 * Create an invocation.
	 * @param client the client
	 * @param namespace the namespace, for example {@code "/"}
	 * @param event the event name ({@code "connect"} or {@code "disconnect"} for those handlers)
	 * @param arguments the arguments as sent by the client: JSON trees, or
	 * {@link io.github.sioasyncapi.json.DecodedArgument}s already read into the handler's types
	 * @param ackRequest the acknowledgement, or {@code null} when none can be sent
	 * @param handler the handler method, or {@code null} when no handler matched
	 */
	public SocketIoInvocation(SocketIOClient client, String namespace, String event, List<Object> arguments,
			@Nullable AckRequest ackRequest, @Nullable SocketIoHandlerMethod handler) {
		this.client = client;
		this.namespace = namespace;
		this.event = event;
		this.arguments = arguments;
		this.ackRequest = ackRequest;
		this.handler = handler;
	}

	/**
	 * The client that sent the event.
	 * @return the client
	 */
	public SocketIOClient getClient() {
		return this.client;
	}

	/**
	 * The namespace, as clients name it.
	 * @return the namespace, for example {@code "/"} or {@code "/admin"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event name.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

	/**
	 * The arguments as the client sent them.
	 * @return the arguments of an event: JSON trees, or
	 * {@link io.github.sioasyncapi.json.DecodedArgument}s for arguments read straight into the
	 * handler's parameter types while the packet was decoded (each keeps its JSON)
	 */
	public List<Object> getArguments() {
		return this.arguments;
	}

	/**
	 * The acknowledgement request of the event.
	 * @return the ack request, or {@code null} for connect and disconnect handlers
	 */
	public @Nullable AckRequest getAckRequest() {
		return this.ackRequest;
	}

	/**
	 * Whether the client waits for an acknowledgement.
	 * @return {@code true} if an ack must be sent
	 */
	public boolean isAckRequested() {
		return this.ackRequest != null && this.ackRequest.isAckRequested();
	}

	/**
	 * The handler method being invoked.
	 * @return the handler, or {@code null} for an event nobody handles
	 */
	public @Nullable SocketIoHandlerMethod getHandler() {
		return this.handler;
	}

	/**
	 * When the invocation was created, that is when the event arrived.
	 * @return a {@link System#nanoTime()} value
	 */
	public long getStartNanos() {
		return this.startNanos;
	}

	/**
	 * The event name to record in statistics and metrics: the event name of a mapped event,
	 * {@link SocketIoObserver#UNKNOWN_EVENT} otherwise, so that
	 * clients cannot inflate the number of tag values.
	 * @return the event tag
	 */
	public String getEventTag() {
		return (this.handler != null) ? this.event : SocketIoObserver.UNKNOWN_EVENT;
	}

	@Override
	public String toString() {
		return "event '" + this.event + "' in namespace '" + this.namespace + "' from client "
				+ this.client.getSessionId();
	}

}
