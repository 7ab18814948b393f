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

package io.github.sioasyncapi.server.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the flow control against {@link FlowControlTestApp}, with small limits: 8 pending
 * events, 256 KB unsent for at most a second, 4 MB at most. New connections may stay silent for a
 * minute: the first request a cold server reads on a loaded machine took longer than the default
 * 5 s, and the first-data timeout closed it (which is not what these tests are about).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = FlowControlTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.max-pending-events=8",
				"socketio.server.max-outbound-buffer=256KB", "socketio.server.max-outbound-buffer-hard-limit=4MB",
				"socketio.server.slow-consumer-timeout=1s", "socketio.server.first-data-timeout=60s",
				"management.endpoints.web.exposure.include=socketio" })
@interface FlowControlTest {

}
