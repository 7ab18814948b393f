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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Enables a {@link io.github.sioasyncapi.test.SocketIoTester SocketIoTester} bean bound to the
 * application's Socket.IO server and AsyncAPI document, for example in a
 * {@code @SpringBootTest}:
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureSocketIoTester
 * class GameTests {
 *
 *     &#64;Autowired
 *     SocketIoTester tester;
 *
 * }
 * </pre>
 * The server listens on a random port ({@code socketio.server.port=0}) unless the test sets
 * {@code socketio.server.port} itself (in {@code properties}, {@code @TestPropertySource} or
 * {@code @DynamicPropertySource}); the tester connects to the port the server published as
 * {@code local.socketio.server.port}. Clients of the tester are closed after each test method.
 *
 * @see SocketIoTesterAutoConfiguration
 * @see SocketIoTest
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSocketIoTester {

}
