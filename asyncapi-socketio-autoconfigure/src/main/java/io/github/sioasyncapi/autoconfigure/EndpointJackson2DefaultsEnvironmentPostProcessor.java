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

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Spares applications that write JSON with Jackson 3 the Jackson 2 mapper that Actuator builds
 * for its endpoints. The starter brings Jackson 2 onto the class path for swagger-core, which
 * generates the document's schemas; Actuator then builds an isolated Jackson 2 {@code ObjectMapper}
 * at start-up (about 450 classes, a tenth of a second), which only a Jackson 2 message converter
 * would use, and Spring Boot uses Jackson 3 whenever it is present. The default,
 * {@code management.endpoints.jackson2.isolated-object-mapper=false}, has the lowest precedence,
 * so any setting of the property wins, and is not set when the application prefers Jackson 2
 * ({@code spring.http.converters.preferred-json-mapper=jackson2}) or has no Jackson 3.
 *
 * @since 0.1.0
 */
public final class EndpointJackson2DefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String ISOLATED_OBJECT_MAPPER = "management.endpoints.jackson2.isolated-object-mapper";

	static final String PREFERRED_JSON_MAPPER = "spring.http.converters.preferred-json-mapper";

	private static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";

	/**
	 * Create the post-processor (Spring Boot does, from {@code spring.factories}).
	 */
	public EndpointJackson2DefaultsEnvironmentPostProcessor() {
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty(ISOLATED_OBJECT_MAPPER)
				&& !"jackson2".equalsIgnoreCase(environment.getProperty(PREFERRED_JSON_MAPPER))
				&& ClassUtils.isPresent(JACKSON_3, application.getClassLoader())) {
			DefaultPropertiesPropertySource.addOrMerge(Map.of(ISOLATED_OBJECT_MAPPER, "false"),
					environment.getPropertySources());
		}
	}

}
