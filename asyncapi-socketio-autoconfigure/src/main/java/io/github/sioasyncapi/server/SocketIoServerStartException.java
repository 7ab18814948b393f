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

/**
 * Thrown when the Socket.IO server cannot bind its address; the application does not start.
 *
 * @since 0.1.0
 */
public class SocketIoServerStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The host the server tried to bind. */
	private final String host;

	/** The port the server tried to bind. */
	private final int port;

	/**
	 * Create an exception.
	 * @param host the host the server tried to bind
	 * @param port the port the server tried to bind
	 * @param cause why binding failed
	 */
	public SocketIoServerStartException(String host, int port, Throwable cause) {
		super("Socket.IO server could not start on " + host + ":" + port + ": " + cause.getMessage(), cause);
		this.host = host;
		this.port = port;
	}

	/**
	 * The host the server tried to bind.
	 * @return the host
	 */
	public String getHost() {
		return this.host;
	}

	/**
	 * The port the server tried to bind.
	 * @return the port
	 */
	public int getPort() {
		return this.port;
	}

}
