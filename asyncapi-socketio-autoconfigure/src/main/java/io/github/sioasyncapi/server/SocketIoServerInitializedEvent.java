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

import com.corundumstudio.socketio.SocketIOServer;
import org.springframework.context.ApplicationEvent;

/**
 * Published when the Socket.IO server is bound and accepts connections.
 *
 * @since 0.1.0
 */
public class SocketIoServerInitializedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient InetSocketAddress address;

	/**
	 * Create an event.
	 * @param server the server
	 * @param address the address it is bound to
	 */
	public SocketIoServerInitializedEvent(SocketIOServer server, InetSocketAddress address) {
		super(server);
		this.address = address;
	}

	/**
	 * The server.
	 * @return the server
	 */
	public SocketIOServer getServer() {
		return (SocketIOServer) getSource();
	}

	/**
	 * The port the server listens on; the actual one when {@code socketio.server.port} is 0.
	 * @return the port
	 */
	public int getPort() {
		return this.address.getPort();
	}

	/**
	 * The address the server is bound to.
	 * @return the address
	 */
	public InetSocketAddress getAddress() {
		return this.address;
	}

}
