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

package io.github.sioasyncapi.test;

import com.corundumstudio.socketio.Transport;
import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.autoconfigure.SocketIoProperties;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Binds a tester to an application that runs the starter: its server's published port, engine
 * path and transports, its JSON mapper and its AsyncAPI document.
 */
final class ApplicationBinding {

	private static final String LOOPBACK = "127.0.0.1";

	private ApplicationBinding() {
	}

	static SocketIoTester.Builder builder(ApplicationContext context) {
		SocketIoProperties.Server server = context.getBean(SocketIoProperties.class).getServer();
		Environment environment = context.getEnvironment();
		SocketIoTester.Builder builder = SocketIoTester.builder()
			.host(clientHost(server.getHost()))
			.port(() -> localPort(environment))
			.path(server.getPath())
			.transports(server.getTransports().contains(Transport.WEBSOCKET) ? SocketIoTester.TRANSPORT_WEBSOCKET
					: SocketIoTester.TRANSPORT_POLLING)
			.jsonMapper(context.getBean(SocketIoJsonSupport.class).getMapper());
		context.getBeanProvider(AsyncApiDocumentProvider.class)
			.ifAvailable((provider) -> builder.document(provider::getJson));
		return builder;
	}

	/** The address to connect to: the loopback address when the server binds all addresses. */
	private static String clientHost(String bindAddress) {
		return (bindAddress.isEmpty() || "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress)) ? LOOPBACK
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
