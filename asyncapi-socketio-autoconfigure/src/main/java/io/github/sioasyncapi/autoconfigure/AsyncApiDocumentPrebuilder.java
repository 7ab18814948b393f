package io.github.sioasyncapi.autoconfigure;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Builds the AsyncAPI document on a background thread once the application is ready
 * ({@code socketio.asyncapi.prebuild}): off the start-up path, and before the first request
 * asks for it. A document that fails to build is left to that request, which reports the
 * failure.
 */
final class AsyncApiDocumentPrebuilder implements ApplicationListener<ApplicationReadyEvent> {

	static final String THREAD_NAME = "socketio-asyncapi-prebuild";

	private static final Log logger = LogFactory.getLog(AsyncApiDocumentPrebuilder.class);

	private final AsyncApiDocumentProvider provider;

	AsyncApiDocumentPrebuilder(AsyncApiDocumentProvider provider) {
		this.provider = provider;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Thread thread = new Thread(this::prebuild, THREAD_NAME);
		thread.setDaemon(true);
		thread.start();
	}

	private void prebuild() {
		try {
			this.provider.prebuild();
		}
		catch (RuntimeException ex) {
			logger.debug("The AsyncAPI document could not be built in advance; the first request builds it", ex);
		}
	}

}
