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

import com.corundumstudio.socketio.SocketIOServer;
import io.github.sioasyncapi.actuate.SocketIoEndpoint;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.observe.EventStatistics;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.server.protocol.ClientFlowControl;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code socketio} Actuator endpoint.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SocketIoAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnBean(SocketIoServerLifecycle.class)
@ConditionalOnAvailableEndpoint(SocketIoEndpoint.class)
public final class SocketIoEndpointAutoConfiguration {

	SocketIoEndpointAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoEndpoint socketIoEndpoint(SocketIOServer server, SocketIoServerLifecycle lifecycle,
			SocketIoHandlerRegistry registry, EventStatistics statistics, ClientFlowControl flowControl,
			SocketIoProperties properties) {
		return new SocketIoEndpoint(server, lifecycle, registry, statistics, flowControl,
				properties.getActuator().isShowClients());
	}

}
