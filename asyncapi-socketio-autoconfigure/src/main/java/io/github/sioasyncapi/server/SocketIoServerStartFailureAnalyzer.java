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
