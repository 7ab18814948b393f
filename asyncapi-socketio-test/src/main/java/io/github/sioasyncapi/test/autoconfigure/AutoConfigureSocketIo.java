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
 * {@link ImportAutoConfiguration Auto-configuration imports} of the Socket.IO side of an
 * application: Bean Validation, the Socket.IO server and handler dispatch, its store, the
 * AsyncAPI document (without its web endpoints, which need a web server), and, when Spring
 * Security is on the class path, what authenticates Socket.IO clients: Spring Security's and the
 * OAuth2 resource server's auto-configurations (the {@code JwtDecoder} or
 * {@code OpaqueTokenIntrospector} of {@code spring.security.oauth2.resourceserver.*}) and the
 * starter's Spring Security integration. Most tests should use
 * {@link SocketIoTest @SocketIoTest} rather than this annotation.
 *
 * @see SocketIoTest
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSocketIo {

}
