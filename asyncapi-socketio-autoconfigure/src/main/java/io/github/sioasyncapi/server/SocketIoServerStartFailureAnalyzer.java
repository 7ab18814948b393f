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

import java.net.BindException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a Socket.IO server that could not start, such as a port already in use.
 */
class SocketIoServerStartFailureAnalyzer extends AbstractFailureAnalyzer<SocketIoServerStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SocketIoServerStartException cause) {
		if (findCause(rootFailure, BindException.class) != null) {
			return new FailureAnalysis(
					"The Socket.IO server could not start: port " + cause.getPort() + " on " + cause.getHost()
							+ " is already in use or not available.",
					"Stop the process that uses port " + cause.getPort() + ", or set socketio.server.port "
							+ "(0 picks a free port).",
					cause);
		}
		return new FailureAnalysis(cause.getMessage(),
				"Check socketio.server.host and socketio.server.port, and the cause below.", cause);
	}

}
