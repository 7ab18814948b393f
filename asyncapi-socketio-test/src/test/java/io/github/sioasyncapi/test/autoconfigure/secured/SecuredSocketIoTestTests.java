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

package io.github.sioasyncapi.test.autoconfigure.secured;

import java.util.Map;

import io.github.sioasyncapi.security.Tokens;
import io.github.sioasyncapi.test.SocketIoTester;
import io.github.sioasyncapi.test.autoconfigure.SocketIoTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SocketIoTest @SocketIoTest} with Spring Security on the class path authenticates
 * clients as the application does: a resource server from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (a key generated for the
 * test), the principal in handlers, {@code @PreAuthorize} of the application's
 * {@code @EnableMethodSecurity} configuration, and no connection without a token.
 */
@Tag("integrations")
@SocketIoTest(RoomController.class)
class SecuredSocketIoTestTests {

	static final Tokens TOKENS = Tokens.generate();

	@Autowired
	ApplicationContext context;

	@Autowired
	SocketIoTester tester;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TOKENS::publicKeyLocation);
	}

	@Test
	void theSliceHasTheResourceServerAndStillNoWebServer() {
		assertThat(this.context).isNotInstanceOf(WebApplicationContext.class);
		assertThat(this.context.getBeanNamesForType(JwtDecoder.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(MethodSecurityConfiguration.class)).hasSize(1);
	}

	@Test
	void thePrincipalOfTheTokenReachesTheHandler() {
		assertThat(as("ann", "chat").connect().emitWithAck("whoami").as(String.class)).isEqualTo("ann");
	}

	@Test
	void preAuthorizeAllowsAndDeniesWithForbidden() {
		assertThat(as("ann", "chat admin").connect().emitWithAck("kick", "mallory").as(String.class))
			.isEqualTo("ann kicked mallory");
		as("bob", "chat").connect().emitWithAck("kick", "mallory").isError().hasCode("forbidden");
	}

	@Test
	void aClientWithoutATokenIsRefusedAsUnauthorized() {
		assertThat(this.tester.expectConnectError().path("data").path("error").path("code").asString())
			.isEqualTo("unauthorized");
	}

	private SocketIoTester as(String subject, String scope) {
		return this.tester.mutate().auth(Map.of("token", TOKENS.valid(subject, scope))).build();
	}

}
