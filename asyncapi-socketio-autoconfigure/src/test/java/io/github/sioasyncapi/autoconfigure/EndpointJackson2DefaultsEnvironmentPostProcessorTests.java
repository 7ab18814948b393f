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
