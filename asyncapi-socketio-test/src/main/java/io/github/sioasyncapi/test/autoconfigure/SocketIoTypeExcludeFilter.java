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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.annotation.SocketIoControllerAdvice;
import io.github.sioasyncapi.asyncapi.AsyncApiCustomizer;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.server.SocketIoServerCustomizer;
import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ObjectUtils;

/**
 * The {@link org.springframework.boot.context.TypeExcludeFilter} of
 * {@link SocketIoTest @SocketIoTest}: keeps the Socket.IO side of the application.
 */
final class SocketIoTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<SocketIoTest> {

	private static final String[] OPTIONAL_INCLUDES = { "tools.jackson.databind.JacksonModule",
			"org.springframework.boot.jackson.JacksonComponent",
			"org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity" };

	private static final Set<Class<?>> KNOWN_INCLUDES;

	static {
		Set<Class<?>> includes = new LinkedHashSet<>();
		includes.add(SocketIoControllerAdvice.class);
		includes.add(AsyncApiCustomizer.class);
		includes.add(SocketIoServerCustomizer.class);
		includes.add(SocketIoObserver.class);
		includes.add(Converter.class);
		includes.add(GenericConverter.class);
		for (String optionalInclude : OPTIONAL_INCLUDES) {
			if (ClassUtils.isPresent(optionalInclude, SocketIoTypeExcludeFilter.class.getClassLoader())) {
				includes.add(ClassUtils.resolveClassName(optionalInclude, SocketIoTypeExcludeFilter.class.getClassLoader()));
			}
		}
		KNOWN_INCLUDES = Collections.unmodifiableSet(includes);
	}

	private static final Set<Class<?>> KNOWN_INCLUDES_AND_CONTROLLER;

	static {
		Set<Class<?>> includes = new LinkedHashSet<>(KNOWN_INCLUDES);
		includes.add(SocketIoController.class);
		KNOWN_INCLUDES_AND_CONTROLLER = Collections.unmodifiableSet(includes);
	}

	private final Class<?>[] controllers;

	SocketIoTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
		this.controllers = getAnnotation().getValue("controllers", Class[].class).orElse(new Class<?>[0]);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return ObjectUtils.isEmpty(this.controllers) ? KNOWN_INCLUDES_AND_CONTROLLER : KNOWN_INCLUDES;
	}

	@Override
	protected Set<Class<?>> getComponentIncludes() {
		return new LinkedHashSet<>(Arrays.asList(this.controllers));
	}

}
