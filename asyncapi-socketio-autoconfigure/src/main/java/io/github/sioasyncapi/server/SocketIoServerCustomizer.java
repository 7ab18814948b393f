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
