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

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SpringDocDefaultsEnvironmentPostProcessor}.
 */
class SpringDocDefaultsEnvironmentPostProcessorTests {

	private final SpringDocDefaultsEnvironmentPostProcessor postProcessor = new SpringDocDefaultsEnvironmentPostProcessor();

	private final StandardEnvironment environment = new StandardEnvironment();

	@Test
	void withoutSpringDocsWebModuleSpringDocIsOffByDefault() {
		this.postProcessor.postProcessEnvironment(this.environment, applicationWithout(OpenApiWebMvcResource.class));
		assertThat(this.environment.getProperty(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED))
			.isEqualTo("false");
	}

	@Test
	void theApplicationsOwnSettingWins() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED, "true")));
		this.postProcessor.postProcessEnvironment(this.environment, applicationWithout(OpenApiWebMvcResource.class));
		assertThat(this.environment.getProperty(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED))
			.isEqualTo("true");
	}

	@Test
	void theApplicationsOwnDefaultPropertiesWinToo() {
		DefaultPropertiesPropertySource.addOrMerge(
				Map.of(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED, "true"),
				this.environment.getPropertySources());
		this.postProcessor.postProcessEnvironment(this.environment, applicationWithout(OpenApiWebMvcResource.class));
		assertThat(this.environment.getProperty(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED))
			.isEqualTo("true");
	}

	@Test
	void applicationsWithSpringDocsWebModuleKeepSpringDocAsItIs() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.containsProperty(SpringDocDefaultsEnvironmentPostProcessor.API_DOCS_ENABLED))
			.isFalse();
	}

	private static SpringApplication applicationWithout(Class<?>... hidden) {
		SpringApplication application = new SpringApplication();
		application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader(hidden)));
		return application;
	}

}
