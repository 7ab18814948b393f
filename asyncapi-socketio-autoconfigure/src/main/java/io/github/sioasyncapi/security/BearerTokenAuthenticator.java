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

package io.github.sioasyncapi.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Authenticates the bearer token a client sends when it connects. The auto-configured one hands
 * the token, as a {@code BearerTokenAuthenticationToken}, to the application's
 * {@code AuthenticationManager} bean, or else to a provider of its {@code JwtDecoder} or
 * {@code OpaqueTokenIntrospector} bean (as Spring Boot's
 * {@code spring.security.oauth2.resourceserver.*} properties create them), or of its
 * {@code ReactiveJwtDecoder} bean; define a bean of this type to authenticate tokens otherwise.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BearerTokenAuthenticator {

	/**
	 * Authenticate a token.
	 * @param token the token, without the {@code Bearer} prefix
	 * @return the authenticated principal
	 * @throws AuthenticationException if the token is not valid
	 */
	Authentication authenticate(String token) throws AuthenticationException;

}
