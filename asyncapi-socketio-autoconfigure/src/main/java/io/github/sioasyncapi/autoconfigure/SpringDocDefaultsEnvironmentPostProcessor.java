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

import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Turns springdoc's own OpenAPI support off by default in applications that do not use it. The
 * starter depends on {@code springdoc-openapi-starter-common} for swagger-core's schema model
 * only; without one of springdoc's web modules on the class path, springdoc's auto-configuration
 * creates beans that serve nothing (about 0.18 s of start-up). The default,
 * {@code springdoc.api-docs.enabled=false}, has the lowest precedence, so any setting of the
 * property wins, and applications with a springdoc web module keep springdoc as it is.
 */
final class SpringDocDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String API_DOCS_ENABLED = "springdoc.api-docs.enabled";

	private static final List<String> SPRINGDOC_WEB_MODULES = List.of("org.springdoc.webmvc.api.OpenApiWebMvcResource",
			"org.springdoc.webflux.api.OpenApiWebfluxResource");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ClassLoader classLoader = application.getClassLoader();
		if (!environment.containsProperty(API_DOCS_ENABLED)
				&& SPRINGDOC_WEB_MODULES.stream().noneMatch((type) -> ClassUtils.isPresent(type, classLoader))) {
			DefaultPropertiesPropertySource.addOrMerge(Map.of(API_DOCS_ENABLED, "false"),
					environment.getPropertySources());
		}
	}

}
