package io.github.sioasyncapi.server;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.annotation.SocketIoController;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * The netty-socketio server of the application, with two differences: its channels refuse
 * connect packets without auth data where a connect guard expects some (see
 * {@link SocketIoChannelInitializer}), and it ignores requests to scan
 * {@link SocketIoController @SocketIoController} beans for netty-socketio annotations (for
 * example by netty-socketio's {@code SpringAnnotationScanner}), since those are dispatched by
 * this starter already and must not be registered twice.
 */
public class SpringSocketIoServer extends SocketIOServer {

	private static final Log logger = LogFactory.getLog(SpringSocketIoServer.class);

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

}
