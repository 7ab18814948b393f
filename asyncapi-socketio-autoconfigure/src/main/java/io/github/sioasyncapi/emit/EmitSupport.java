package io.github.sioasyncapi.emit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.corundumstudio.socketio.AckCallback;
import com.corundumstudio.socketio.BroadcastOperations;
import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.validation.EmitValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Sends events for {@link SocketIoEmitter} and {@link SocketIoTemplate}: validates them first,
 * and completes acknowledgement futures off the I/O threads.
 */
public final class EmitSupport {

	private final EmitValidator validator;

	private final Executor callbackExecutor;

	private final int ackTimeoutSeconds;

	private final SocketIoObserver observer;

	/**
	 * Create emit support.
	 * @param validator the validator of emits and their acknowledgements
	 * @param callbackExecutor where acknowledgement futures complete
	 * @param ackTimeout how long to wait for a client's acknowledgement
	 * @param observer notified of every emit
	 */
	public EmitSupport(EmitValidator validator, Executor callbackExecutor, Duration ackTimeout,
			SocketIoObserver observer) {
		this.validator = validator;
		this.callbackExecutor = callbackExecutor;
		this.ackTimeoutSeconds = (int) Math.max(1, ackTimeout.toSeconds());
		this.observer = observer;
	}

	void send(String namespace, SocketIOClient client, String event, Object[] args) {
		validate(namespace, event, args);
		client.sendEvent(event, args);
		this.observer.eventEmitted(namespace, event);
	}

	void broadcast(String namespace, BroadcastOperations operations, @Nullable SocketIOClient excluded, String event,
			Object[] args) {
		validate(namespace, event, args);
		if (excluded != null) {
			operations.sendEvent(event, excluded, args);
		}
		else {
			operations.sendEvent(event, args);
		}
		this.observer.eventEmitted(namespace, event);
	}

	private void validate(String namespace, String event, Object[] args) {
		try {
			this.validator.validate(namespace, event, args);
		}
		catch (EmitValidationException ex) {
			this.observer.validationFailed(namespace, event, "emit");
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	<T> CompletableFuture<T> sendWithAck(String namespace, SocketIOClient client, String event, Object[] args) {
		validate(namespace, event, args);
		CompletableFuture<T> future = new CompletableFuture<>();
		client.sendEvent(event, new AckCallback<>(JsonNode.class, this.ackTimeoutSeconds) {

			@Override
			public void onSuccess(JsonNode result) {
				complete(() -> (T) EmitSupport.this.validator.readAck(namespace, event, result), future);
			}

			@Override
			public void onTimeout() {
				EmitSupport.this.callbackExecutor.execute(() -> future.completeExceptionally(new TimeoutException(
						"No acknowledgement of '" + event + "' within " + EmitSupport.this.ackTimeoutSeconds + "s")));
			}

		}, args);
		this.observer.eventEmitted(namespace, event);
		return future;
	}

	private <T> void complete(Supplier<T> value, CompletableFuture<T> future) {
		this.callbackExecutor.execute(() -> {
			try {
				future.complete(value.get());
			}
			catch (RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		});
	}

}
