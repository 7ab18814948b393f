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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EndpointJackson2DefaultsEnvironmentPostProcessor}.
 */
class EndpointJackson2DefaultsEnvironmentPostProcessorTests {

	private static final String ISOLATED = EndpointJackson2DefaultsEnvironmentPostProcessor.ISOLATED_OBJECT_MAPPER;

	private final EndpointJackson2DefaultsEnvironmentPostProcessor postProcessor = new EndpointJackson2DefaultsEnvironmentPostProcessor();

	private final StandardEnvironment environment = new StandardEnvironment();

	@Test
	void withJackson3TheIsolatedJackson2MapperIsOffByDefault() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty(ISOLATED)).isEqualTo("false");
	}

	@Test
	void theApplicationsOwnSettingWins() {
		this.environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(ISOLATED, "true")));
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty(ISOLATED)).isEqualTo("true");
	}

	@Test
	void theApplicationsOwnDefaultPropertiesWinToo() {
		DefaultPropertiesPropertySource.addOrMerge(Map.of(ISOLATED, "true"), this.environment.getPropertySources());
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty(ISOLATED)).isEqualTo("true");
	}

	@Test
	void applicationsThatPreferJackson2KeepActuatorsMapper() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of(EndpointJackson2DefaultsEnvironmentPostProcessor.PREFERRED_JSON_MAPPER, "jackson2")));
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.containsProperty(ISOLATED)).isFalse();
	}

	@Test
	void applicationsWithoutJackson3KeepActuatorsMapper() {
		SpringApplication application = new SpringApplication();
		application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader(JsonMapper.class)));
		this.postProcessor.postProcessEnvironment(this.environment, application);
		assertThat(this.environment.containsProperty(ISOLATED)).isFalse();
	}

}
