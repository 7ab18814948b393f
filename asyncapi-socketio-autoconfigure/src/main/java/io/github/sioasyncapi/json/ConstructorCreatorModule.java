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

package io.github.sioasyncapi.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Calls the constructors that create Java records from their properties through reflection.
 * Jackson 3.1 calls them with {@code MethodHandle.invokeWithArguments}, which builds a spreading
 * adapter on every call: about 4% of a busy server's CPU time for payloads that are records. Everything else about creating the value (which creator, the arguments, how a
 * constructor's exception is reported) stays Jackson's. Only records whose instantiator is still
 * Jackson's own are changed: not Kotlin classes (whose module needs Jackson's instantiator), not
 * values another module creates, and not constructors that the mapper's access settings do not
 * let it call.
 */
final class ConstructorCreatorModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	ConstructorCreatorModule() {
		super("socketio-constructor-creators");
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators.Base() {

			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier beanDesc, ValueInstantiator defaultInstantiator) {
				return wrap(config, defaultInstantiator);
			}

		});
	}

	private static ValueInstantiator wrap(DeserializationConfig config, ValueInstantiator instantiator) {
		if (instantiator.getClass() == StdValueInstantiator.class
				&& instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
				&& isJavaRecord(creator.getDeclaringClass()) && isCallable(config, creator.getAnnotated())) {
			return new ReflectiveInstantiator((StdValueInstantiator) instantiator, creator.getAnnotated());
		}
		return instantiator;
	}

	private static boolean isJavaRecord(Class<?> type) {
		return type.isRecord() && Arrays.stream(type.getDeclaredAnnotations())
			.noneMatch((annotation) -> annotation.annotationType().getName().equals("kotlin.Metadata"));
	}

	private static boolean isCallable(DeserializationConfig config, Constructor<?> constructor) {
		return config.canOverrideAccessModifiers() ? constructor.trySetAccessible() : constructor.canAccess(null);
	}

	private static final class ReflectiveInstantiator extends StdValueInstantiator {

		private static final long serialVersionUID = 1L;

		private final transient @Nullable Constructor<?> constructor;

		ReflectiveInstantiator(StdValueInstantiator source, Constructor<?> constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] args) throws JacksonException {
			if (this.constructor == null) {
				// deserialized with its mapper: Jackson's own way
				return super.createFromObjectWith(context, args);
			}
			try {
				return this.constructor.newInstance(args);
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				if (ex.getCause() instanceof Error error && ex instanceof InvocationTargetException) {
					throw error;
				}
				return context.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(context, ex));
			}
		}

	}

}
