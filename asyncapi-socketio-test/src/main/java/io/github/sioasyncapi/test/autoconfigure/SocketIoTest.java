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

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of Socket.IO handlers that starts only the Socket.IO side of the application: its
 * {@link io.github.sioasyncapi.annotation.SocketIoController @SocketIoController} and
 * {@link io.github.sioasyncapi.annotation.SocketIoControllerAdvice @SocketIoControllerAdvice}
 * beans, the beans that customize them ({@code AsyncApiCustomizer},
 * {@code SocketIoServerCustomizer}, {@code SocketIoObserver}, Jackson modules and components,
 * converters, {@code @EnableMethodSecurity} configurations), and the starter's
 * auto-configurations, on a random port; no web server and no other {@code @Component},
 * {@code @Service} or {@code @Repository}. With Spring Security on the class path, clients are
 * authenticated as in the application: Spring Security's and the OAuth2 resource server's
 * auto-configurations and the starter's Spring Security integration are included. A
 * {@link io.github.sioasyncapi.test.SocketIoTester SocketIoTester} bean is ready to use:
 * <pre class="code">
 * &#64;SocketIoTest(GameController.class)
 * &#64;Import(InMemoryGameStore.class)
 * class GameControllerTests {
 *
 *     &#64;Autowired
 *     SocketIoTester tester;
 *
 * }
 * </pre>
 * Collaborators come with {@code @Import} or {@code @MockitoBean}. To test the whole
 * application, use {@code @SpringBootTest} with
 * {@link AutoConfigureSocketIoTester @AutoConfigureSocketIoTester}.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(SocketIoTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(SocketIoTypeExcludeFilter.class)
@AutoConfigureJson
@AutoConfigureSocketIo
@AutoConfigureSocketIoTester
@ImportAutoConfiguration
public @interface SocketIoTest {

	/**
	 * Properties in the form {@literal key=value} to add to the environment before the test
	 * runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Alias for {@link #controllers()}.
	 * @return the controllers to test
	 */
	@AliasFor("controllers")
	Class<?>[] value() default {};

	/**
	 * The controllers to test; all {@code @SocketIoController} beans when empty.
	 * @return the controllers to test
	 */
	@AliasFor("value")
	Class<?>[] controllers() default {};

	/**
	 * Whether the default filters apply to the component scan of the
	 * {@code @SpringBootApplication} (see the class description for what they include).
	 * @return whether the default filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Include filters, to add beans the default filters leave out.
	 * @return the include filters
	 */
	ComponentScan.Filter[] includeFilters() default {};

	/**
	 * Exclude filters, to leave out beans the default filters include.
	 * @return the exclude filters
	 */
	ComponentScan.Filter[] excludeFilters() default {};

	/**
	 * Auto-configurations to leave out of this test.
	 * @return the auto-configurations to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
