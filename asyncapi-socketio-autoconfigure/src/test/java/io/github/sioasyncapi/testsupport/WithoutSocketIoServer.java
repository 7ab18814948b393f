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

package io.github.sioasyncapi.testsupport;

import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Removes the Socket.IO server lifecycle from a test context, so that no port is bound when
 * only the beans are of interest.
 */
public final class WithoutSocketIoServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor((beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(SocketIoServerLifecycle.class, true, false)) {
				((BeanDefinitionRegistry) beanFactory).removeBeanDefinition(name);
			}
		});
	}

}
