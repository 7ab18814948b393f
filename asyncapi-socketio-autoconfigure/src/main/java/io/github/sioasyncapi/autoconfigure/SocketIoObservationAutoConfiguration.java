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
import io.github.sioasyncapi.observe.SocketIoObservationInterceptor;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Micrometer observations of the Socket.IO runtime, when the
 * application has an {@link ObservationRegistry} (Spring Boot's Actuator creates one): see
 * {@link SocketIoObservationInterceptor}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, SocketIOServer.class })
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "socketio.enabled", matchIfMissing = true)
public final class SocketIoObservationAutoConfiguration {

	SocketIoObservationAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoObservationInterceptor socketIoObservationInterceptor(ObservationRegistry registry) {
		return new SocketIoObservationInterceptor(registry);
	}

}
