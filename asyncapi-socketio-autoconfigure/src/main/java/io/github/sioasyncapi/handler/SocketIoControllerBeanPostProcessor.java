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

package io.github.sioasyncapi.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoControllerAdvice;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Collects {@link SocketIoController @SocketIoController} and
 * {@link SocketIoControllerAdvice @SocketIoControllerAdvice} beans as they are initialized, and
 * registers them once all singletons exist. The bean itself is registered (a proxy if it is
 * proxied), so AOP advice applies to handler calls.
 *
 * @since 0.1.0
 */
public class SocketIoControllerBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware {

	private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

	private final List<Detected> controllers = new ArrayList<>();

	private final List<Object> advice = new ArrayList<>();

	private @Nullable BeanFactory beanFactory;

	/**
	 * Create a post-processor; the auto-configuration registers one per application
	 * context.
	 */
	public SocketIoControllerBeanPostProcessor() {
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (ScopedProxyUtils.isScopedTarget(beanName)) {
			return bean;
		}
		Class<?> targetClass = AopProxyUtils.ultimateTargetClass(bean);
		if (this.nonAnnotatedClasses.contains(targetClass)) {
			return bean;
		}
		if (AnnotatedElementUtils.hasAnnotation(targetClass, SocketIoController.class)) {
			synchronized (this.controllers) {
				this.controllers.add(new Detected(bean, targetClass));
			}
		}
		else if (AnnotatedElementUtils.hasAnnotation(targetClass, SocketIoControllerAdvice.class)) {
			synchronized (this.advice) {
				this.advice.add(bean);
			}
		}
		else {
			this.nonAnnotatedClasses.add(targetClass);
		}
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		BeanFactory factory = this.beanFactory;
		if (factory == null) {
			throw new IllegalStateException("No BeanFactory");
		}
		SocketIoHandlerRegistry registry = factory.getBean(SocketIoHandlerRegistry.class);
		SocketIoExceptionHandlers exceptionHandlers = factory.getBean(SocketIoExceptionHandlers.class);
		synchronized (this.controllers) {
			for (Detected controller : this.controllers) {
				registry.registerController(controller.bean(), controller.type());
				exceptionHandlers.registerController(controller.bean(), controller.type());
			}
			this.controllers.clear();
		}
		synchronized (this.advice) {
			exceptionHandlers.registerAdvice(this.advice);
		}
	}

	private record Detected(Object bean, Class<?> type) {
	}

}
