package io.github.sioasyncapi.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

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
 * Calls the constructors that create payloads from their properties (records, and classes with
 * a {@code @JsonCreator} constructor) through reflection. Jackson 3.1 calls them with
 * {@code MethodHandle.invokeWithArguments}, which builds a spreading adapter on every call: about
 * 4% of a busy server's CPU time for payloads that are records. Everything else about creating
 * the value (which creator, the arguments, how a constructor's exception is reported) stays
 * Jackson's; constructors this class cannot call are left to Jackson.
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
				return wrap(defaultInstantiator);
			}

		});
	}

	private static ValueInstantiator wrap(ValueInstantiator instantiator) {
		if (instantiator.getClass() == StdValueInstantiator.class
				&& instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
				&& creator.getAnnotated().trySetAccessible()) {
			return new ReflectiveInstantiator((StdValueInstantiator) instantiator, creator.getAnnotated());
		}
		return instantiator;
	}

	private static final class ReflectiveInstantiator extends StdValueInstantiator {

		private static final long serialVersionUID = 1L;

		private final transient Constructor<?> constructor;

		ReflectiveInstantiator(StdValueInstantiator source, Constructor<?> constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] args) throws JacksonException {
			try {
				return this.constructor.newInstance(args);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				return context.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(context, ex));
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				return context.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(context, ex));
			}
		}

	}

}
