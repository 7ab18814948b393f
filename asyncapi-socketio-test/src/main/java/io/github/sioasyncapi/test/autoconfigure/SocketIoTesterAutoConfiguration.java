package io.github.sioasyncapi.test.autoconfigure;

import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.autoconfigure.AsyncApiAutoConfiguration;
import io.github.sioasyncapi.autoconfigure.SocketIoAutoConfiguration;
import io.github.sioasyncapi.autoconfigure.SocketIoProperties;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.test.SocketIoTester;
import io.socket.client.IO;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of a {@link SocketIoTester} bound to the application: the port its
 * Socket.IO server published ({@value SocketIoServerLifecycle#LOCAL_PORT_PROPERTY}, read at
 * each connection), its engine path and transports, its JSON mapper, and its AsyncAPI document
 * (when {@code socketio.asyncapi.enabled}; without a document nothing is validated). Imported
 * by {@link AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}.
 */
@AutoConfiguration(after = { SocketIoAutoConfiguration.class, AsyncApiAutoConfiguration.class })
@ConditionalOnClass({ SocketIOServer.class, IO.class })
@ConditionalOnBean(SocketIoServerLifecycle.class)
public final class SocketIoTesterAutoConfiguration {

	private static final String ANY_ADDRESS = "0.0.0.0";

	@Bean
	@ConditionalOnMissingBean
	SocketIoTester socketIoTester(Environment environment, SocketIoProperties properties,
			SocketIoJsonSupport jsonSupport, ObjectProvider<AsyncApiDocumentProvider> documentProvider) {
		SocketIoProperties.Server server = properties.getServer();
		SocketIoTester.Builder builder = SocketIoTester.builder()
			.host(clientHost(server.getHost()))
			.port(() -> localPort(environment))
			.path(server.getPath())
			.transports(server.getTransports().contains(Transport.WEBSOCKET) ? SocketIoTester.TRANSPORT_WEBSOCKET
					: SocketIoTester.TRANSPORT_POLLING)
			.jsonMapper(jsonSupport.getMapper());
		documentProvider.ifAvailable((provider) -> builder.document(provider::getJson));
		return builder.build();
	}

	/** The address to connect to: the loopback address when the server binds all addresses. */
	private static String clientHost(String bindAddress) {
		return (bindAddress.isEmpty() || ANY_ADDRESS.equals(bindAddress) || "::".equals(bindAddress)) ? "127.0.0.1"
				: bindAddress;
	}

	private static int localPort(Environment environment) {
		Integer port = environment.getProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY, Integer.class);
		if (port == null) {
			throw new IllegalStateException("The Socket.IO server has not started: there is no "
					+ SocketIoServerLifecycle.LOCAL_PORT_PROPERTY
					+ " (with socketio.server.auto-startup=false, start the SocketIoServerLifecycle first)");
		}
		return port;
	}

}
