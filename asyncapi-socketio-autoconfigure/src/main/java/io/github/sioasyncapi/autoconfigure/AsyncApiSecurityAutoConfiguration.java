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

import io.github.sioasyncapi.web.AsyncApiPaths;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureOrder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * With {@code socketio.asyncapi.permit-all=true}, a security filter chain that lets anyone
 * read the AsyncAPI document and open the viewer ({@link AsyncApiPaths#patterns}), in Spring MVC
 * and WebFlux applications secured with Spring Security. It matches only those paths and is
 * ordered before the application's chains ({@value #ORDER}) and Spring Boot's. It is registered
 * after every other auto-configuration, so that Spring Boot's default chains, which back off
 * when the application defines a chain, are still created.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.web.servlet.OAuth2ClientWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.web.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration" })
@AutoConfigureOrder(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "socketio.asyncapi.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "socketio.asyncapi.permit-all")
@EnableConfigurationProperties(AsyncApiProperties.class)
public final class AsyncApiSecurityAutoConfiguration {

	/** The order of the chain: before the application's chains, which default to the lowest. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	AsyncApiSecurityAutoConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class })
	static class ServletConfiguration {

		@Bean
		@Order(ORDER)
		@ConditionalOnMissingBean(name = "asyncApiSecurityFilterChain")
		SecurityFilterChain asyncApiSecurityFilterChain(HttpSecurity http, AsyncApiProperties properties) {
			String[] paths = AsyncApiPaths.patterns(properties.getPath()).toArray(String[]::new);
			return http.securityMatcher(paths)
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.requestCache((cache) -> cache.disable())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass({ SecurityWebFilterChain.class, ServerHttpSecurity.class })
	static class ReactiveConfiguration {

		@Bean
		@Order(ORDER)
		@ConditionalOnMissingBean(name = "asyncApiSecurityWebFilterChain")
		SecurityWebFilterChain asyncApiSecurityWebFilterChain(ServerHttpSecurity http, AsyncApiProperties properties) {
			String[] paths = AsyncApiPaths.patterns(properties.getPath()).toArray(String[]::new);
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(paths))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.requestCache((cache) -> cache.disable())
				.build();
		}

	}

}
