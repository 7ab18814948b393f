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

package io.github.sioasyncapi.test.autoconfigure;

import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.autoconfigure.AsyncApiAutoConfiguration;
import io.github.sioasyncapi.autoconfigure.SocketIoAutoConfiguration;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.test.SocketIoTester;
import io.socket.client.IO;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link SocketIoTester} bound to the application (see
 * {@link SocketIoTester#bindToApplicationContext(ApplicationContext)}): the port its Socket.IO
 * server published ({@value SocketIoServerLifecycle#LOCAL_PORT_PROPERTY}, read at each
 * connection), its engine path and transports, its JSON mapper, and its AsyncAPI document (when
 * {@code socketio.asyncapi.enabled}; without a document nothing is checked). Imported by
 * {@link AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { SocketIoAutoConfiguration.class, AsyncApiAutoConfiguration.class })
@ConditionalOnClass({ SocketIOServer.class, IO.class })
@ConditionalOnBean(SocketIoServerLifecycle.class)
public final class SocketIoTesterAutoConfiguration {

	SocketIoTesterAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoTester socketIoTester(ApplicationContext context) {
		return SocketIoTester.bindToApplicationContext(context).build();
	}

}
