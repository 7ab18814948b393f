package io.github.sioasyncapi.server;

import com.corundumstudio.socketio.Configuration;

/**
 * Callback to change the netty-socketio {@link Configuration} before the server is created,
 * for settings that have no {@code socketio.server.*} property. Customizers run in order,
 * after the properties are applied.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SocketIoServerCustomizer {

	/**
	 * Customize the configuration.
	 * @param configuration the netty-socketio configuration
	 */
	void customize(Configuration configuration);

}
