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

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.scheduler.CancelableScheduler;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import io.github.sioasyncapi.server.protocol.ClientLimits;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The netty-socketio server of the application, with three differences:
 * <ul>
 * <li>its channels speak the protocol through the starter's handlers, which correct
 * netty-socketio's (see {@link SocketIoChannelInitializer}), and keep each client within its
 * limits ({@link #setClientFlowControl(ClientFlowControl)});</li>
 * <li>it ignores requests to scan {@link SocketIoController @SocketIoController} beans for
 * netty-socketio annotations (for example by netty-socketio's {@code SpringAnnotationScanner}),
 * since those are dispatched by this starter already and must not be registered twice;</li>
 * <li>{@link #stop(Duration)} shuts its event loops down in parallel and without a quiet period;
 * netty-socketio's {@link #stop()} shuts them down one after the other with Netty's fixed two
 * second quiet period, so every stop took over four seconds.</li>
 * </ul>
 * netty-socketio keeps what this needs in private fields; they are read reflectively, and
 * without them (another netty-socketio version) the server still works, only stops slower.
 *
 * @since 0.1.0
 */
public class SpringSocketIoServer extends SocketIOServer {

	private static final Log logger = LogFactory.getLog(SpringSocketIoServer.class);

	/**
	 * No quiet period: the server channel is closed, handlers have finished, clients are
	 * disconnected and what the event loops had queued has run (see {@link #stop(Duration)})
	 * before they are shut down, so no task arrives after that. With a quiet period Netty waits
	 * in steps of 100 ms for tasks that never come.
	 */
	private static final Duration QUIET_PERIOD = Duration.ZERO;

	/** Socket.IO's default {@code connectTimeout}. */
	private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(45);

	private final SocketIoJsonSupport jsonSupport;

	private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

	private ClientFlowControl flowControl = new ClientFlowControl(ClientLimits.DEFAULTS, new SocketIoObserver() {
	});

	/**
	 * Create a server.
	 * @param configuration the configuration, with a {@link SocketIoJsonSupport}
	 * @throws IllegalArgumentException if the configuration has another JSON support
	 */
	public SpringSocketIoServer(Configuration configuration) {
		super(configuration);
		if (!(configuration.getJsonSupport() instanceof SocketIoJsonSupport json)) {
			throw new IllegalArgumentException("The configuration's JSON support must be a SocketIoJsonSupport, not "
					+ configuration.getJsonSupport());
		}
		this.jsonSupport = json;
		CancelableScheduler unused = privateField(privateField(this, SocketIOServer.class, "pipelineFactory"),
				SocketIOChannelInitializer.class, "scheduler");
		if (unused != null) {
			// netty-socketio's default initializer is replaced at start; its timer never runs, but
			// Netty reports it as leaked when it is collected without being stopped
			unused.shutdown();
		}
	}

	/**
	 * Start with a new {@link SocketIoChannelInitializer}: created here rather than with the
	 * server, so that a server that never starts (such as the AsyncAPI exporter's) holds no
	 * timer, and each restart gets fresh channel handlers ({@link #stop()} stops the previous).
	 */
	@Override
	public Future<Void> startAsync() {
		setPipelineFactory(new SocketIoChannelInitializer(this.jsonSupport, this.connectTimeout, this.flowControl));
		return super.startAsync();
	}

	/**
	 * Set how long a session may stay without connecting to a namespace before it is closed
	 * (Socket.IO's {@code connectTimeout}); applies from the next start.
	 * @param connectTimeout the timeout, positive
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		if (connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException("The connect timeout must be positive: " + connectTimeout);
		}
		this.connectTimeout = connectTimeout;
	}

	/**
	 * Set the flow control that keeps each client within its limits (events waiting for
	 * handlers, data waiting to be sent); applies from the next start. Without one, clients
	 * get the outbound limits of {@link ClientLimits#DEFAULTS}. Events waiting for handlers
	 * are counted only when the same instance is also the dispatcher's client backlog
	 * ({@code SocketIoHandlerConfigurer#setClientBacklog}), as the auto-configuration sets it.
	 * @param flowControl the flow control
	 */
	public void setClientFlowControl(ClientFlowControl flowControl) {
		this.flowControl = flowControl;
	}

	@Override
	public void addListeners(Object listeners, Class<?> listenersClass) {
		if (AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(listenersClass), SocketIoController.class)) {
			logger.debug("Not scanning @SocketIoController " + listenersClass.getName()
					+ " for netty-socketio listeners: its handlers are dispatched already");
			return;
		}
		super.addListeners(listeners, listenersClass);
	}

	/**
	 * Stop the server: its event loops run the tasks they have (pending writes included) with
	 * their channels still open, then close the channels and end, all at once, within the
	 * timeout, without waiting for a quiet period.
	 * @param timeout how long to wait for the event loops to end
	 */
	public void stop(Duration timeout) {
		List<EventLoopGroup> groups = eventLoopGroups();
		// the last acks and the disconnects are queued on the event loops: let them run while the
		// channels are open (a shutting-down loop closes its channels before it runs its tasks)
		List<Future<?>> drained = new ArrayList<>();
		for (EventLoopGroup group : groups) {
			for (EventExecutor loop : group) {
				if (!loop.isShuttingDown()) {
					drained.add(loop.submit(() -> {
					}));
				}
			}
		}
		for (Future<?> done : drained) {
			done.awaitUninterruptibly(Math.max(timeout.toMillis(), 1));
		}
		List<Future<?>> terminations = new ArrayList<>();
		for (EventLoopGroup group : groups) {
			terminations.add(group.shutdownGracefully(QUIET_PERIOD.toMillis(), Math.max(timeout.toMillis(), 1),
					TimeUnit.MILLISECONDS));
		}
		for (Future<?> termination : terminations) {
			termination.awaitUninterruptibly(timeout.toMillis() + QUIET_PERIOD.toMillis());
		}
		stop();
	}

	/**
	 * The boss and worker groups. netty-socketio keeps them private and offers no other way to
	 * shut them down with a quiet period of our choosing; when they cannot be read (another
	 * netty-socketio version), {@link #stop()} does the work alone, only slower.
	 */
	private List<EventLoopGroup> eventLoopGroups() {
		List<EventLoopGroup> groups = new ArrayList<>(2);
		for (String name : List.of("bossGroup", "workerGroup")) {
			EventLoopGroup group = privateField(this, SocketIOServer.class, name);
			if (group != null) {
				groups.add(group);
			}
		}
		return groups;
	}

	/**
	 * Read a private field of netty-socketio, which offers no accessor for what this class
	 * needs; {@code null} when the field does not exist (another netty-socketio version).
	 */
	@SuppressWarnings("unchecked")
	private static <T> @Nullable T privateField(@Nullable Object target, Class<?> declaringClass, String name) {
		Field field = (target != null) ? ReflectionUtils.findField(declaringClass, name) : null;
		if (field == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		return (T) ReflectionUtils.getField(field, target);
	}

}
