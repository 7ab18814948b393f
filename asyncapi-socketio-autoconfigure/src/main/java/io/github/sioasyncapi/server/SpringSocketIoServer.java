package io.github.sioasyncapi.server;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.Future;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The netty-socketio server of the application, with three differences:
 * <ul>
 * <li>its channels give connect packets without auth data an empty auth object, so that
 * connect guards always run (see {@link SocketIoChannelInitializer});</li>
 * <li>it ignores requests to scan {@link SocketIoController @SocketIoController} beans for
 * netty-socketio annotations (for example by netty-socketio's {@code SpringAnnotationScanner}),
 * since those are dispatched by this starter already and must not be registered twice;</li>
 * <li>{@link #stop(Duration)} shuts its event loops down in parallel with a short quiet period;
 * netty-socketio's {@link #stop()} shuts them down one after the other with Netty's fixed two
 * second quiet period, so every stop took over four seconds.</li>
 * </ul>
 */
public class SpringSocketIoServer extends SocketIOServer {

	private static final Log logger = LogFactory.getLog(SpringSocketIoServer.class);

	private static final Duration QUIET_PERIOD = Duration.ofMillis(100);

	/**
	 * Create a server.
	 * @param configuration the configuration
	 */
	public SpringSocketIoServer(Configuration configuration) {
		super(configuration);
		setPipelineFactory(new SocketIoChannelInitializer());
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
	 * Stop the server: its event loops finish the tasks they have (pending writes included)
	 * and end, all at once, within the timeout.
	 * @param timeout how long to wait for the event loops to end
	 */
	public void stop(Duration timeout) {
		List<Future<?>> terminations = new ArrayList<>();
		for (EventLoopGroup group : eventLoopGroups()) {
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
			Field field = ReflectionUtils.findField(SocketIOServer.class, name, EventLoopGroup.class);
			if (field != null) {
				ReflectionUtils.makeAccessible(field);
				Object group = ReflectionUtils.getField(field, this);
				if (group instanceof EventLoopGroup eventLoopGroup) {
					groups.add(eventLoopGroup);
				}
			}
		}
		return groups;
	}

}
