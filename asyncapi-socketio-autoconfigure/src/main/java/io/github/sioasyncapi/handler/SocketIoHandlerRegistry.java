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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnDisconnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.handler.SocketIoHandlerMethod.Kind;
import io.github.sioasyncapi.handler.support.PayloadArgumentResolver;
import io.github.sioasyncapi.json.WireFormat;
import io.github.sioasyncapi.json.WireFormat.Polymorphism;
import io.github.sioasyncapi.json.WireFormat.Variant;
import io.github.sioasyncapi.validation.ConstraintValidation;
import io.github.sioasyncapi.validation.ConversionErrors;
import io.github.sioasyncapi.validation.ModelCheck;
import io.github.sioasyncapi.validation.ValueValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * The handler methods of all {@link SocketIoController @SocketIoController} beans, by namespace.
 * Registration inspects each method once: its mapping, which parameters are payload arguments
 * (those no argument resolver supports, the last of them possibly collecting the remaining
 * arguments), what to validate and what it emits. Ambiguous mappings
 * and unusable signatures fail start-up with a message naming the methods, among them a
 * parameter that is neither injectable nor of a type the payload mapper can read. The dispatcher, the AsyncAPI generator and the Actuator
 * endpoint read the result.
 *
 * @since 0.1.0
 */
public class SocketIoHandlerRegistry {

	private static final Set<String> RESERVED_EVENTS = Set.of("connect", "connect_error", "disconnect",
			"disconnecting", "newListener", "removeListener");

	private final ObjectMapper mapper;

	private final WireFormat wire;

	private final ConversionErrors conversionErrors;

	private final HandlerMethodArgumentResolverComposite injectables = new HandlerMethodArgumentResolverComposite();

	private final HandlerMethodArgumentResolverComposite resolvers = new HandlerMethodArgumentResolverComposite();

	private final @Nullable ConstraintValidation validation;

	private final Map<String, NamespaceHandlers> namespaces = new LinkedHashMap<>();

	private @Nullable DeclaredConstraints unenforced;

	/**
	 * Create a registry.
	 * @param mapper the mapper that converts payloads
	 * @param injectables resolvers of the injectable (non-payload) parameters
	 * @param validation the validation support, or {@code null} when validation is disabled
	 */
	public SocketIoHandlerRegistry(ObjectMapper mapper, List<HandlerMethodArgumentResolver> injectables,
			@Nullable ConstraintValidation validation) {
		this.mapper = mapper;
		this.wire = new WireFormat(mapper);
		this.conversionErrors = new ConversionErrors(this.wire);
		this.injectables.addResolvers(injectables);
		this.resolvers.addResolvers(injectables);
		this.resolvers.addResolver(new PayloadArgumentResolver());
		this.validation = validation;
	}

	/**
	 * Set whether handlers that declare Bean Validation constraints fail to register when this
	 * registry has no validation to enforce them (no Bean Validation provider on the class
	 * path). Off by default; the auto-configuration turns it on unless
	 * {@code socketio.validation.enabled=false}.
	 * @param reject whether to reject constraints that nothing would enforce
	 */
	public synchronized void setRejectUnenforcedConstraints(boolean reject) {
		this.unenforced = (reject && this.validation == null) ? new DeclaredConstraints(this::subtypes) : null;
	}

	/**
	 * Register the handler methods and {@code @Emits} declarations of a controller.
	 * @param bean the controller bean (a proxy if the bean is proxied)
	 * @param userType the controller's class
	 * @throws IllegalStateException if a mapping is ambiguous or a signature unusable
	 */
	public synchronized void registerController(Object bean, Class<?> userType) {
		SocketIoController controller = AnnotatedElementUtils.findMergedAnnotation(userType, SocketIoController.class);
		Assert.notNull(controller, () -> userType.getName() + " is not a @SocketIoController");
		String namespace = normalizeNamespace(controller.namespace(), userType);
		NamespaceHandlers handlers = this.namespaces.computeIfAbsent(namespace, NamespaceHandlers::new);
		for (Emits emits : AnnotatedElementUtils.findMergedRepeatableAnnotations(userType, Emits.class)) {
			EmitDeclaration declaration = declaration(namespace, emits, userType.getSimpleName());
			rejectUnenforced(declaration);
			handlers.declare(declaration);
		}
		Map<Method, Mapping> methods = MethodIntrospector.selectMethods(userType,
				(MethodIntrospector.MetadataLookup<Mapping>) Mapping::of);
		methods.forEach((method, mapping) -> {
			SocketIoHandlerMethod handler = createHandler(bean, userType, method, mapping, namespace);
			handler.getEmits().forEach(handlers::declare);
			handlers.add(handler);
		});
	}

	private SocketIoHandlerMethod createHandler(Object bean, Class<?> userType, Method method, Mapping mapping,
			String namespace) {
		String where = userType.getSimpleName() + "#" + method.getName();
		if (mapping.kind() == Kind.EVENT) {
			Assert.state(StringUtils.hasText(mapping.event()), () -> where + " needs an event name");
			Assert.state(!RESERVED_EVENTS.contains(mapping.event()),
					() -> where + " maps '" + mapping.event() + "', which Socket.IO reserves; clients cannot emit it");
		}
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		List<EmitDeclaration> emits = new ArrayList<>();
		for (Emits declared : AnnotatedElementUtils.findMergedRepeatableAnnotations(method, Emits.class)) {
			emits.add(declaration(namespace, declared, where));
		}
		List<MethodParameter> payloads = new ArrayList<>();
		for (int i = 0; i < invocable.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(invocable, i);
			if (!this.injectables.supportsParameter(parameter)) {
				payloads.add(parameter);
			}
		}
		boolean remaining = ArgumentListSignatures.collectsRemaining(where, mapping.kind(), payloads);
		for (MethodParameter parameter : payloads) {
			checkPayload(where, parameter, remaining && parameter == payloads.get(payloads.size() - 1),
					mapping.documentation().payloadTypes().isEmpty());
		}
		Assert.state(mapping.kind() != Kind.CONNECT || payloads.size() <= 1,
				() -> where + " may take at most one payload parameter (the client's auth data), but declares "
						+ payloads);
		Assert.state(mapping.kind() != Kind.DISCONNECT || payloads.isEmpty(),
				() -> where + " cannot take payload parameters, but declares " + payloads);
		List<Class<?>> models = mapping.documentation().payloadTypes();
		Assert.state(models.isEmpty() || models.size() == payloads.size(),
				() -> where + " documents " + models.size() + " payload model(s) with @OnEvent(payload = ...) but takes "
						+ payloads.size() + " payload parameter(s)");
		List<PayloadParameter> payloadParameters = new ArrayList<>();
		for (int i = 0; i < payloads.size(); i++) {
			ModelCheck model = models.isEmpty() ? null : modelCheck(models.get(i), true);
			payloadParameters.add(new PayloadParameter(payloads.get(i), i, payloads.size() > 1,
					remaining && i == payloads.size() - 1, this.mapper, this.conversionErrors, model));
		}
		String event = switch (mapping.kind()) {
			case EVENT -> mapping.event();
			case CONNECT -> "connect";
			case DISCONNECT -> "disconnect";
		};
		rejectUnenforced(where, userType, method, payloads, mapping.documentation(), emits);
		SocketIoHandlerMethod handler = new SocketIoHandlerMethod(bean, invocable, mapping.kind(), namespace, event,
				mapping.documentation(), payloadParameters, emits);
		handler.setMessageMethodArgumentResolvers(this.resolvers);
		handler.setAckRecord(ArgumentListSignatures.checkAck(where, handler.getAckType(), handler.isAckNullable(),
				mapping.documentation().ackType()));
		if (this.validation != null) {
			if (remaining && invocable.isVarArgs()) {
				ArgumentListSignatures.checkVarargsConstraints(where, this.validation, userType, method,
						payloads.get(payloads.size() - 1));
			}
			handler.setValidators(this.validation.forArguments(userType, method, payloads, remaining),
					(mapping.kind() == Kind.EVENT) ? this.validation.forReturnValue(userType, method) : null);
		}
		Class<?> ackModel = mapping.documentation().ackType();
		if (ackModel != null) {
			handler.setAckModel(modelCheck(ackModel, false));
		}
		return handler;
	}

	/**
	 * A parameter that no argument resolver supports is a payload, so its type must be one
	 * that the payload mapper can read: an injectable type that nothing injects (yet) fails
	 * start-up here instead of becoming a payload that every call fails to convert.
	 */
	private void checkPayload(String where, MethodParameter parameter, boolean remaining, boolean typed) {
		if (!typed) {
			return;
		}
		ResolvableType type = ArgumentListSignatures.argumentType(parameter, remaining);
		ArgumentListSignatures.checkNoAckArguments(where, parameter, type);
		String problem = this.wire.whyUnreadable(this.mapper.getTypeFactory().constructType(type.getType()));
		Assert.state(problem == null, () -> where + " parameter '" + parameter.getParameterName() + "' ("
				+ parameter.getGenericParameterType().getTypeName()
				+ ") can be neither injected (no argument resolver supports it) nor read as a payload: " + problem);
	}

	/**
	 * Fail a handler whose payloads, ack or emits declare constraints that nothing would
	 * enforce, when {@linkplain #setRejectUnenforcedConstraints rejecting} them.
	 */
	private void rejectUnenforced(String where, Class<?> userType, Method method, List<MethodParameter> payloads,
			HandlerDocumentation documentation, List<EmitDeclaration> emits) {
		DeclaredConstraints constraints = this.unenforced;
		if (constraints == null) {
			return;
		}
		reject(where, constraints.inHandler(method, userType, payloads));
		documentation.payloadTypes().forEach((model) -> reject(where, constraints.inValue(ResolvableType.forClass(model))));
		if (documentation.ackType() != null) {
			reject(where, constraints.inValue(ResolvableType.forClass(documentation.ackType())));
		}
		emits.forEach(this::rejectUnenforced);
	}

	private void rejectUnenforced(EmitDeclaration emit) {
		DeclaredConstraints constraints = this.unenforced;
		if (constraints != null) {
			String where = emit.declaredBy() + " @Emits(event = \"" + emit.event() + "\")";
			emit.payloadTypes().forEach((payload) -> reject(where, constraints.inValue(ResolvableType.forClass(payload))));
			if (emit.ackType() != null) {
				reject(where, constraints.inValue(ResolvableType.forClass(emit.ackType())));
			}
		}
	}

	private Collection<Class<?>> subtypes(Class<?> type) {
		Polymorphism polymorphism = this.wire.polymorphism(type);
		return (polymorphism != null) ? polymorphism.variants().stream().<Class<?>>map(Variant::type).toList()
				: List.of();
	}

	private static void reject(String where, @Nullable String constraint) {
		if (constraint != null) {
			throw new UnenforcedConstraintsException(where, constraint);
		}
	}

	private ModelCheck modelCheck(Class<?> model, boolean incoming) {
		ValueValidator validator = (this.validation != null)
				? this.validation.forValue(ResolvableType.forClass(model), incoming) : null;
		return new ModelCheck(this.mapper, this.conversionErrors, model, validator);
	}

	private static EmitDeclaration declaration(String namespace, Emits emits, String declaredBy) {
		List<Class<?>> payload = Arrays.stream(emits.payload()).filter((type) -> typeOrNull(type) != null).toList();
		Class<?> ack = typeOrNull(emits.ack());
		ArgumentListSignatures.checkEmits(declaredBy + " @Emits(event = \"" + emits.event() + "\")", payload, ack);
		return new EmitDeclaration(namespace, emits.event(), payload, ack, emits.summary(), emits.description(),
				declaredBy);
	}

	private static @Nullable Class<?> typeOrNull(Class<?> type) {
		return (type == void.class || type == Void.class) ? null : type;
	}

	private static String normalizeNamespace(String namespace, Class<?> userType) {
		Assert.state(namespace.startsWith("/"),
				() -> userType.getSimpleName() + " names namespace '" + namespace + "', which must start with '/'");
		return namespace;
	}

	/**
	 * All namespaces with registered handlers or emits.
	 * @return the namespaces, in registration order
	 */
	public synchronized Collection<NamespaceHandlers> getNamespaces() {
		return Collections.unmodifiableCollection(new ArrayList<>(this.namespaces.values()));
	}

	/**
	 * The handlers of one namespace.
	 * @param namespace the namespace as clients name it, for example {@code "/"}
	 * @return the handlers, or {@code null} if nothing is registered for the namespace
	 */
	public synchronized @Nullable NamespaceHandlers getNamespace(String namespace) {
		return this.namespaces.get(namespace);
	}

	/**
	 * How a method is mapped, read from our annotations or netty-socketio's.
	 */
	private record Mapping(Kind kind, String event, HandlerDocumentation documentation) {

		static @Nullable Mapping of(Method method) {
			List<Mapping> found = new ArrayList<>(1);
			OnEvent onEvent = AnnotatedElementUtils.findMergedAnnotation(method, OnEvent.class);
			if (onEvent != null) {
				found.add(new Mapping(Kind.EVENT, onEvent.event(), new HandlerDocumentation(onEvent.summary(),
						onEvent.description(), List.of(onEvent.payload()), typeOrNull(onEvent.ack()))));
			}
			com.corundumstudio.socketio.annotation.OnEvent nettyOnEvent = method
				.getAnnotation(com.corundumstudio.socketio.annotation.OnEvent.class);
			if (nettyOnEvent != null) {
				found.add(new Mapping(Kind.EVENT, nettyOnEvent.value(), HandlerDocumentation.NONE));
			}
			if (AnnotatedElementUtils.hasAnnotation(method, OnConnect.class)
					|| method.isAnnotationPresent(com.corundumstudio.socketio.annotation.OnConnect.class)) {
				found.add(new Mapping(Kind.CONNECT, "", HandlerDocumentation.NONE));
			}
			if (AnnotatedElementUtils.hasAnnotation(method, OnDisconnect.class)
					|| method.isAnnotationPresent(com.corundumstudio.socketio.annotation.OnDisconnect.class)) {
				found.add(new Mapping(Kind.DISCONNECT, "", HandlerDocumentation.NONE));
			}
			Assert.state(found.size() <= 1, () -> method + " has more than one Socket.IO mapping annotation");
			return found.isEmpty() ? null : found.get(0);
		}

	}

}
