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

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.handler.SocketIoDispatcher;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.util.concurrent.Future;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Starts the Socket.IO server when the application context has been refreshed and stops it
 * gracefully when the context closes. The bound port is published as
 * {@code local.socketio.server.port} (useful with {@code socketio.server.port=0}) and with a
 * {@link SocketIoServerInitializedEvent}. A server that cannot bind stops its event loops and
 * fails the application start with a {@link SocketIoServerStartException}.
 * <p>Stopping takes four steps: the server stops accepting connections, handlers still running
 * finish and send their acks (within the shutdown timeout), clients are disconnected, and the
 * event loops end. When the context stops, this happens on a thread of its own, while the other
 * beans of the same phase (the web server) stop too.
 *
 * @since 0.1.0
 */
public class SocketIoServerLifecycle implements SmartLifecycle {

	/** The lifecycle phase: started late, stopped early, like Spring Boot's web servers. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	/** The property that holds the port the server is bound to. */
	public static final String LOCAL_PORT_PROPERTY = "local.socketio.server.port";

	private static final String PROPERTY_SOURCE_NAME = "socketio.server.ports";

	static final String STOPPING_THREAD_NAME = "socketio-shutdown";

	private static final Log logger = LogFactory.getLog(SocketIoServerLifecycle.class);

	private final SocketIOServer server;

	private final SocketIoDispatcher dispatcher;

	private final ApplicationContext context;

	private final Duration shutdownTimeout;

	private boolean autoStartup = true;

	private volatile @Nullable InetSocketAddress address;

	private volatile State state = State.NEW;

	private volatile @Nullable Throwable failure;

	private @Nullable Channel serverChannel;

	private boolean bound;

	/**
	 * Create the lifecycle of a server.
	 * @param server the server
	 * @param dispatcher the dispatcher whose listeners are registered before the first start
	 * @param context the application context, for the port property and the event
	 * @param shutdownTimeout how long handlers in flight may take to finish when stopping
	 */
	public SocketIoServerLifecycle(SocketIOServer server, SocketIoDispatcher dispatcher, ApplicationContext context,
			Duration shutdownTimeout) {
		this.server = server;
		this.dispatcher = dispatcher;
		this.context = context;
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public synchronized void start() {
		if (this.address != null) {
			return;
		}
		if (!this.bound) {
			this.dispatcher.bind(this.server);
			this.bound = true;
		}
		Configuration configuration = this.server.getConfiguration();
		String host = (configuration.getHostname() != null) ? configuration.getHostname() : "0.0.0.0";
		Future<Void> started = this.server.startAsync();
		started.awaitUninterruptibly();
		if (!started.isSuccess()) {
			stopQuietly();
			SocketIoServerStartException failure = new SocketIoServerStartException(host, configuration.getPort(),
					started.cause());
			this.failure = failure;
			this.state = State.FAILED;
			throw failure;
		}
		this.serverChannel = ((ChannelFuture) started).channel();
		InetSocketAddress bound = (InetSocketAddress) this.serverChannel.localAddress();
		this.address = bound;
		this.state = State.RUNNING;
		this.failure = null;
		publishPort(bound.getPort());
		logger.info("Socket.IO server started on " + host + ":" + bound.getPort() + configuration.getContext());
		this.context.publishEvent(new SocketIoServerInitializedEvent(this.server, bound));
	}

	private void stopQuietly() {
		try {
			stopEventLoops();
		}
		catch (RuntimeException ex) {
			logger.debug("Failed to stop the Socket.IO server after a failed start", ex);
		}
	}

	private void publishPort(int port) {
		ApplicationContext current = this.context;
		while (current instanceof ConfigurableApplicationContext configurable) {
			ConfigurableEnvironment environment = configurable.getEnvironment();
			MutablePropertySources sources = environment.getPropertySources();
			PropertySource<?> source = sources.get(PROPERTY_SOURCE_NAME);
			if (source instanceof MapPropertySource map) {
				map.getSource().put(LOCAL_PORT_PROPERTY, port);
			}
			else {
				sources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
						new java.util.HashMap<>(Map.of(LOCAL_PORT_PROPERTY, port))));
			}
			current = current.getParent();
		}
	}

	@Override
	public synchronized void stop() {
		if (this.address == null) {
			return;
		}
		this.state = State.STOPPING;
		if (this.serverChannel != null) {
			this.serverChannel.close().awaitUninterruptibly();
		}
		if (!this.dispatcher.awaitCompletion(this.shutdownTimeout)) {
			logger.warn("Socket.IO handlers still running after " + this.shutdownTimeout.toMillis()
					+ " ms (socketio.server.shutdown-timeout); stopping anyway");
		}
		for (SocketIONamespace namespace : this.server.getAllNamespaces()) {
			namespace.getAllClients().forEach(SocketIOClient::disconnect);
		}
		this.state = State.STOPPING;
		stopEventLoops();
		this.serverChannel = null;
		this.address = null;
		this.state = State.STOPPED;
		logger.info("Socket.IO server stopped");
	}

	/**
	 * Stop on a thread of its own, so that the context stops the other beans of the phase (the
	 * web server) meanwhile; the callback runs once the server has stopped.
	 * @param callback told when the server has stopped
	 */
	@Override
	public void stop(Runnable callback) {
		if (!isRunning()) {
			callback.run();
			return;
		}
		Thread stopping = new Thread(() -> {
			try {
				stop();
			}
			finally {
				callback.run();
			}
		}, STOPPING_THREAD_NAME);
		stopping.setDaemon(true);
		stopping.start();
	}

	private void stopEventLoops() {
		if (this.server instanceof SpringSocketIoServer ours) {
			ours.stop(this.shutdownTimeout);
		}
		else {
			this.server.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.address != null;
	}

	/**
	 * Whether the server starts with the application context; when not, call {@link #start()}.
	 * @param autoStartup {@code false} to start the server yourself
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Whether the server is bound and its listening channel open.
	 * @return {@code true} if the server accepts connections
	 */
	public boolean isAccepting() {
		Channel channel = this.serverChannel;
		return this.state == State.RUNNING && channel != null && channel.isActive();
	}

	/**
	 * The state of the server.
	 * @return the state
	 */
	public State getState() {
		return this.state;
	}

	/**
	 * Why the server failed to start.
	 * @return the failure, or {@code null} if it did not fail
	 */
	public @Nullable Throwable getFailure() {
		return this.failure;
	}

	/**
	 * The address the server is bound to.
	 * @return the address, or {@code null} when the server is not running
	 */
	public @Nullable InetSocketAddress getAddress() {
		return this.address;
	}

	/**
	 * The states of the server.
	 *
	 * @since 0.1.0
	 */
	public enum State {

		/** Not started yet. */
		NEW,

		/** Bound and accepting connections. */
		RUNNING,

		/** Stopping: no new connections, handlers finishing. */
		STOPPING,

		/** Stopped. */
		STOPPED,

		/** The start failed. */
		FAILED

	}

}
