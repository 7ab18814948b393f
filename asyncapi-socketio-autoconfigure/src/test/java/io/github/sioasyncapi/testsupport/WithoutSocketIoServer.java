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
