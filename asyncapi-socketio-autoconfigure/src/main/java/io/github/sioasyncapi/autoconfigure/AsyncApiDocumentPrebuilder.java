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
