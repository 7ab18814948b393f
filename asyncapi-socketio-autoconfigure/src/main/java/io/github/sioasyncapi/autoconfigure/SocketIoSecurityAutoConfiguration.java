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
import io.github.sioasyncapi.security.AuthenticationPrincipalArgumentResolver;
import io.github.sioasyncapi.security.BearerTokenAuthenticator;
import io.github.sioasyncapi.security.SocketIoSecurityDocumentation;
import io.github.sioasyncapi.security.SocketIoSecurityInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import reactor.core.publisher.Mono;

/**
 * Auto-configuration of Spring Security for Socket.IO, when Spring Security is on the class path
 * ({@code socketio.security.enabled=false} turns it off): clients authenticated with a bearer
 * token when they connect, the security context on handler threads, {@code @AuthenticationPrincipal}
 * parameters, and the token's security scheme in the AsyncAPI document. Tokens are
 * authenticated by the application's {@link AuthenticationManager} bean, or else its
 * {@link JwtDecoder} or {@link OpaqueTokenIntrospector} bean (which Spring Boot creates from
 * {@code spring.security.oauth2.resourceserver.*}), or else its {@link ReactiveJwtDecoder} bean
 * (a WebFlux application that builds its decoder itself); with none of them, and without
 * {@code socketio.security.anonymous=true}, every connection is refused.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration" })
@ConditionalOnClass({ SecurityContextHolderStrategy.class, SocketIOServer.class })
@ConditionalOnBooleanProperty(name = "socketio.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "socketio.security.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SocketIoProperties.class)
@Import({ SocketIoSecurityAutoConfiguration.AuthenticationManagerConfiguration.class,
		SocketIoSecurityAutoConfiguration.JwtConfiguration.class,
		SocketIoSecurityAutoConfiguration.OpaqueTokenConfiguration.class,
		SocketIoSecurityAutoConfiguration.ReactiveJwtConfiguration.class })
public final class SocketIoSecurityAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SocketIoSecurityAutoConfiguration.class);

	SocketIoSecurityAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoSecurityInterceptor socketIoSecurityInterceptor(SocketIoProperties properties,
			ObjectProvider<BearerTokenAuthenticator> authenticator,
			ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		BearerTokenAuthenticator tokens = authenticator.getIfUnique();
		boolean anonymous = properties.getSecurity().isAnonymous();
		if (tokens == null && !anonymous) {
			logger.warn("Spring Security is on the class path, but the application has no AuthenticationManager, "
					+ "JwtDecoder, ReactiveJwtDecoder, OpaqueTokenIntrospector or BearerTokenAuthenticator bean to "
					+ "authenticate the bearer tokens of Socket.IO clients: every connection is refused. Define one (for example with "
					+ "spring.security.oauth2.resourceserver.jwt.*), or set socketio.security.anonymous=true or "
					+ "socketio.security.enabled=false");
		}
		return new SocketIoSecurityInterceptor(tokens, anonymous,
				securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy),
				properties.getSecurity().isDisconnectOnExpiry());
	}

	@Bean
	@ConditionalOnMissingBean
	AuthenticationPrincipalArgumentResolver socketIoAuthenticationPrincipalArgumentResolver(BeanFactory beanFactory) {
		return new AuthenticationPrincipalArgumentResolver(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	SocketIoSecurityDocumentation socketIoSecurityDocumentation(SocketIoProperties properties) {
		return new SocketIoSecurityDocumentation(properties.getSecurity().isAnonymous(), null);
	}

	/**
	 * Tokens authenticated by the application's {@link AuthenticationManager}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(BearerTokenAuthenticationToken.class)
	@ConditionalOnBean(AuthenticationManager.class)
	static class AuthenticationManagerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BearerTokenAuthenticator socketIoBearerTokenAuthenticator(AuthenticationManager authenticationManager) {
			return (token) -> authenticationManager.authenticate(new BearerTokenAuthenticationToken(token));
		}

	}

	/**
	 * Tokens decoded as JWTs by the application's {@link JwtDecoder}, converted to
	 * authentications by its {@link JwtAuthenticationConverter} if it has one.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ BearerTokenAuthenticationToken.class, JwtDecoder.class })
	@ConditionalOnBean(JwtDecoder.class)
	static class JwtConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BearerTokenAuthenticator socketIoBearerTokenAuthenticator(JwtDecoder jwtDecoder,
				ObjectProvider<JwtAuthenticationConverter> converter) {
			JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
			converter.ifAvailable(provider::setJwtAuthenticationConverter);
			AuthenticationManager manager = new ProviderManager(provider);
			return (token) -> manager.authenticate(new BearerTokenAuthenticationToken(token));
		}

		@Bean
		@ConditionalOnMissingBean
		SocketIoSecurityDocumentation socketIoSecurityDocumentation(SocketIoProperties properties) {
			return new SocketIoSecurityDocumentation(properties.getSecurity().isAnonymous(), "JWT");
		}

	}

	/**
	 * Opaque tokens introspected by the application's {@link OpaqueTokenIntrospector}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(BearerTokenAuthenticationToken.class)
	@ConditionalOnBean(OpaqueTokenIntrospector.class)
	static class OpaqueTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BearerTokenAuthenticator socketIoBearerTokenAuthenticator(OpaqueTokenIntrospector introspector) {
			AuthenticationManager manager = new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector));
			return (token) -> manager.authenticate(new BearerTokenAuthenticationToken(token));
		}

	}

	/**
	 * Tokens decoded as JWTs by the application's {@link ReactiveJwtDecoder}, when it has no
	 * {@link JwtDecoder}: a WebFlux application that builds its decoder itself (from
	 * {@code spring.security.oauth2.resourceserver.jwt.*}, Spring Boot creates both, and the
	 * {@link JwtDecoder} is used). Converted to authentications by its
	 * {@link ReactiveJwtAuthenticationConverter} if it has one. The connect waits for the
	 * decoder's answer on the connection's I/O thread, as it does for a {@link JwtDecoder}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ BearerTokenAuthenticationToken.class, ReactiveJwtDecoder.class, Mono.class })
	@ConditionalOnBean(ReactiveJwtDecoder.class)
	static class ReactiveJwtConfiguration {

		@Bean
		@ConditionalOnMissingBean
		BearerTokenAuthenticator socketIoBearerTokenAuthenticator(ReactiveJwtDecoder jwtDecoder,
				ObjectProvider<ReactiveJwtAuthenticationConverter> converter) {
			JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(jwtDecoder);
			converter.ifAvailable(manager::setJwtAuthenticationConverter);
			return (token) -> manager.authenticate(new BearerTokenAuthenticationToken(token))
				.switchIfEmpty(Mono.error(() -> new BadCredentialsException("Invalid bearer token")))
				.block();
		}

		@Bean
		@ConditionalOnMissingBean
		SocketIoSecurityDocumentation socketIoSecurityDocumentation(SocketIoProperties properties) {
			return new SocketIoSecurityDocumentation(properties.getSecurity().isAnonymous(), "JWT");
		}

	}

}
