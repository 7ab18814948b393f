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

package io.github.sioasyncapi.asyncapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.github.sioasyncapi.handler.EmitDeclaration;
import io.github.sioasyncapi.handler.HandlerDocumentation;
import io.github.sioasyncapi.handler.NamespaceHandlers;
import io.github.sioasyncapi.handler.PayloadParameter;
import io.github.sioasyncapi.handler.SocketIoExceptionHandlers;
import io.github.sioasyncapi.handler.SocketIoHandlerMethod;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.json.ArgumentRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * Reads a {@link SocketIoApi} from the {@link SocketIoHandlerRegistry} and the
 * {@link SocketIoExceptionHandlers}. Explicit models of
 * {@code @OnEvent(payload = ..., ack = ...)} replace the parameter and return types. The result
 * is sorted (the root namespace first, then namespaces and events by name), so that the
 * document does not depend on the order in which beans or methods were found.
 *
 * @since 0.1.0
 */
public final class SocketIoApiReader {

	private static final Comparator<String> NAMESPACES = Comparator.comparing((String name) -> !"/".equals(name))
		.thenComparing(Comparator.naturalOrder());

	private static final String CONSTRAINTS_PACKAGE = "jakarta.validation.constraints.";

	private static final String SCHEMA_ANNOTATION = "io.swagger.v3.oas.annotations.media.Schema";

	private SocketIoApiReader() {
	}

	/**
	 * Read the API of a complete registry, without the replies of exception handlers.
	 * @param registry the registry, after all controllers are registered
	 * @return the API
	 */
	public static SocketIoApi read(SocketIoHandlerRegistry registry) {
		return read(registry, null);
	}

	/**
	 * Read the API of a complete registry, with what the exception handlers that apply to
	 * each event answer instead of its acknowledgement.
	 * @param registry the registry, after all controllers are registered
	 * @param exceptionHandlers the exception handlers, or {@code null} to leave their replies
	 * out
	 * @return the API
	 */
	public static SocketIoApi read(SocketIoHandlerRegistry registry, @Nullable SocketIoExceptionHandlers exceptionHandlers) {
		List<SocketIoApi.Namespace> namespaces = new ArrayList<>();
		for (NamespaceHandlers handlers : registry.getNamespaces()) {
			namespaces.add(namespace(handlers, exceptionHandlers));
		}
		namespaces.sort(Comparator.comparing(SocketIoApi.Namespace::name, NAMESPACES));
		return new SocketIoApi(namespaces);
	}

	private static SocketIoApi.Namespace namespace(NamespaceHandlers handlers,
			@Nullable SocketIoExceptionHandlers exceptionHandlers) {
		List<SocketIoApi.Event> receives = new ArrayList<>();
		handlers.getEvents().values().forEach((handler) -> receives.add(receive(handler, exceptionHandlers)));
		receives.sort(Comparator.comparing(SocketIoApi.Event::name));
		List<SocketIoApi.Event> sends = new ArrayList<>();
		handlers.getEmits().values().forEach((emit) -> sends.add(send(emit)));
		sends.sort(Comparator.comparing(SocketIoApi.Event::name));
		List<SocketIoApi.Argument> auth = new ArrayList<>();
		for (SocketIoHandlerMethod handler : handlers.getConnectHandlers()) {
			if (handler.isConnectGuard()) {
				handler.getPayloadParameters().forEach((parameter) -> auth.add(argument(parameter)));
			}
		}
		return new SocketIoApi.Namespace(handlers.getName(), receives, sends, auth);
	}

	private static SocketIoApi.Event receive(SocketIoHandlerMethod handler,
			@Nullable SocketIoExceptionHandlers exceptionHandlers) {
		HandlerDocumentation documentation = handler.getDocumentation();
		List<PayloadParameter> parameters = handler.getPayloadParameters();
		List<SocketIoApi.Argument> arguments = new ArrayList<>();
		if (documentation.payloadTypes().isEmpty()) {
			parameters.forEach((parameter) -> arguments.add(argument(parameter)));
		}
		else {
			List<Class<?>> types = documentation.payloadTypes();
			for (int i = 0; i < types.size(); i++) {
				boolean required = i >= parameters.size() || parameters.get(i).isRequired();
				boolean remaining = i < parameters.size() && parameters.get(i).isRemaining();
				ResolvableType type = ResolvableType.forClass(types.get(i));
				String name = (i < parameters.size()) ? parameters.get(i).getParameter().getParameterName() : null;
				arguments.add(new SocketIoApi.Argument(remaining ? ResolvableType.forArrayComponent(type) : type,
						required, List.of(), null, remaining, name));
			}
		}
		ResolvableType ack = (documentation.ackType() != null) ? ResolvableType.forClass(documentation.ackType())
				: handler.getAckType();
		if (ack != null && ack.resolve(Object.class) == Optional.class) {
			ack = ack.getGeneric(0);
		}
		List<SocketIoApi.ErrorReply> errorReplies = new ArrayList<>();
		if (exceptionHandlers != null) {
			for (SocketIoExceptionHandlers.Reply reply : exceptionHandlers.replies(handler.getBeanType())) {
				errorReplies.add(new SocketIoApi.ErrorReply(reply.type(), reply.handler(),
						reply.exceptions().stream().map(Class::getSimpleName).toList()));
			}
		}
		return new SocketIoApi.Event(handler.getEvent(), documentation.summary(), documentation.description(),
				arguments, ack, true, errorReplies, handler.isAckNullable());
	}

	private static SocketIoApi.Event send(EmitDeclaration emit) {
		List<SocketIoApi.Argument> arguments = emit.payloadTypes()
			.stream()
			.map((type) -> new SocketIoApi.Argument(ResolvableType.forClass(type), true))
			.toList();
		return new SocketIoApi.Event(emit.event(), emit.summary(), emit.description(), arguments,
				typeOrNull(emit.ackType()), emit.ackType() != null);
	}

	private static SocketIoApi.Argument argument(PayloadParameter parameter) {
		return new SocketIoApi.Argument(parameter.getType(), parameter.isRequired(),
				documenting(parameter.getParameter().getParameterAnnotations()), parameter.getAnnotatedType(),
				parameter.isRemaining(), parameter.getParameter().getParameterName());
	}

	/**
	 * The arguments of an acknowledgement with several arguments: the components of its
	 * record, each documented by its constraints and {@code @Schema}.
	 * @param record the argument record
	 * @return the arguments, in order
	 */
	static List<SocketIoApi.Argument> arguments(ArgumentRecord record) {
		List<SocketIoApi.Argument> arguments = new ArrayList<>();
		for (ArgumentRecord.Component component : record.getComponents()) {
			ResolvableType type = component.type();
			AnnotatedType annotated = component.annotatedType();
			if (type.resolve(Object.class) == Optional.class) {
				type = type.getGeneric(0);
				annotated = (annotated instanceof AnnotatedParameterizedType parameterized)
						? parameterized.getAnnotatedActualTypeArguments()[0] : null;
			}
			arguments.add(new SocketIoApi.Argument(type, !component.nullable(),
					documenting(component.annotations().toArray(Annotation[]::new)), annotated, false, component.name()));
		}
		return arguments;
	}

	private static List<Annotation> documenting(Annotation[] annotations) {
		List<Annotation> documenting = new ArrayList<>();
		for (Annotation annotation : annotations) {
			String type = annotation.annotationType().getName();
			if (type.startsWith(CONSTRAINTS_PACKAGE) || type.equals(SCHEMA_ANNOTATION)) {
				documenting.add(annotation);
			}
		}
		return documenting;
	}

	private static @Nullable ResolvableType typeOrNull(@Nullable Class<?> type) {
		return (type != null) ? ResolvableType.forClass(type) : null;
	}

}
