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
import java.lang.reflect.AnnotatedType;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * What an application's Socket.IO API consists of, in documentation terms: the input of the
 * {@link AsyncApiGenerator}, usually read from the handler registry by
 * {@link SocketIoApiReader}.
 *
 * @param namespaces the namespaces
 * @since 0.1.0
 */
public record SocketIoApi(List<Namespace> namespaces) {

	/**
	 * Create an API description.
	 * @param namespaces the namespaces
	 */
	public SocketIoApi {
		namespaces = List.copyOf(namespaces);
	}

	/**
	 * One namespace.
	 *
	 * @param name the namespace as clients name it, for example {@code "/"} or {@code "/admin"}
	 * @param receives the events the server handles (client to server)
	 * @param sends the events the server emits (server to client)
	 * @param auth the auth data a client sends when connecting, when a connect guard reads it
	 * @since 0.1.0
	 */
	public record Namespace(String name, List<Event> receives, List<Event> sends, List<Argument> auth) {

		/**
		 * Create a namespace.
		 * @param name the name
		 * @param receives the handled events
		 * @param sends the emitted events
		 * @param auth the auth data types, one per connect guard that reads it
		 */
		public Namespace {
			receives = List.copyOf(receives);
			sends = List.copyOf(sends);
			auth = List.copyOf(auth);
		}

	}

	/**
	 * One event in one direction.
	 *
	 * @param name the event name on the wire
	 * @param summary a short summary, or empty
	 * @param description a longer description (CommonMark), or empty
	 * @param arguments the payload arguments, in wire order; empty for an event without
	 * payload; the last may stand for the remaining arguments
	 * @param ack the acknowledgement's type, or {@code null} when the acknowledgement carries no
	 * data; an {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} record for an
	 * acknowledgement with several arguments
	 * @param acknowledged whether the receiver acknowledges the event
	 * @param errorReplies what the exception handlers that apply to the event's handler answer
	 * with instead of its acknowledgement, in the order they are tried
	 * @param ackNullable whether the acknowledgement may be {@code null} (an {@code Optional}
	 * or {@code @Nullable} return type)
	 * @since 0.1.0
	 */
	public record Event(String name, String summary, String description, List<Argument> arguments,
			@Nullable ResolvableType ack, boolean acknowledged, List<ErrorReply> errorReplies, boolean ackNullable) {

		/**
		 * Create an event.
		 * @param name the name
		 * @param summary the summary
		 * @param description the description
		 * @param arguments the arguments
		 * @param ack the ack type
		 * @param acknowledged whether the event is acknowledged
		 * @param errorReplies the replies of exception handlers
		 * @param ackNullable whether the ack may be {@code null}
		 */
		public Event {
			arguments = List.copyOf(arguments);
			errorReplies = List.copyOf(errorReplies);
		}

		/**
		 * Create an event whose ack is not {@code null}.
		 * @param name the name
		 * @param summary the summary
		 * @param description the description
		 * @param arguments the arguments
		 * @param ack the ack type
		 * @param acknowledged whether the event is acknowledged
		 * @param errorReplies the replies of exception handlers
		 */
		public Event(String name, String summary, String description, List<Argument> arguments,
				@Nullable ResolvableType ack, boolean acknowledged, List<ErrorReply> errorReplies) {
			this(name, summary, description, arguments, ack, acknowledged, errorReplies, false);
		}

		/**
		 * Create an event without replies of exception handlers.
		 * @param name the name
		 * @param summary the summary
		 * @param description the description
		 * @param arguments the arguments
		 * @param ack the ack type
		 * @param acknowledged whether the event is acknowledged
		 */
		public Event(String name, String summary, String description, List<Argument> arguments,
				@Nullable ResolvableType ack, boolean acknowledged) {
			this(name, summary, description, arguments, ack, acknowledged, List.of());
		}

	}

	/**
	 * An acknowledgement an exception handler sends instead of the event's own.
	 *
	 * @param type the acknowledgement's type
	 * @param handler the exception handler method, as {@code Type#method}
	 * @param exceptions the simple names of the exceptions it handles
	 * @since 0.1.0
	 */
	public record ErrorReply(ResolvableType type, String handler, List<String> exceptions) {

		/**
		 * Create a reply.
		 * @param type the type
		 * @param handler the handler method
		 * @param exceptions the exceptions
		 */
		public ErrorReply {
			exceptions = List.copyOf(exceptions);
		}

	}

	/**
	 * One payload argument, or all remaining arguments of an event.
	 *
	 * @param type its type; the array or list type for the remaining arguments
	 * @param required whether a client must send it (not {@code null}); for the remaining
	 * arguments, whether each of them must not be {@code null}
	 * @param annotations the annotations of the parameter that document it: Bean Validation
	 * constraints and swagger's {@code @Schema} (for the remaining arguments, constraints on
	 * their number, such as {@code @Size})
	 * @param annotatedType the parameter's annotated type, with type-use constraints on the
	 * elements of a collection or map ({@code List<@NotBlank String>}), or {@code null}
	 * @param remaining whether this argument stands for the remaining arguments of the event:
	 * zero or more, each of the element type; only the last argument of an event may
	 * @param name the name of the parameter or record component, the {@code title} of the
	 * argument in an argument list; {@code null} if unknown
	 * @since 0.1.0
	 */
	public record Argument(ResolvableType type, boolean required, List<Annotation> annotations,
			@Nullable AnnotatedType annotatedType, boolean remaining, @Nullable String name) {

		/**
		 * Create an argument.
		 * @param type the type
		 * @param required whether it is required
		 * @param annotations the documenting annotations
		 * @param annotatedType the annotated type, or {@code null}
		 * @param remaining whether it stands for the remaining arguments
		 * @param name the name, or {@code null}
		 */
		public Argument {
			annotations = List.copyOf(annotations);
		}

		/**
		 * Create an argument that is one argument.
		 * @param type the type
		 * @param required whether it is required
		 * @param annotations the documenting annotations
		 * @param annotatedType the annotated type, or {@code null}
		 */
		public Argument(ResolvableType type, boolean required, List<Annotation> annotations,
				@Nullable AnnotatedType annotatedType) {
			this(type, required, annotations, annotatedType, false, null);
		}

		/**
		 * Create an argument without an annotated type.
		 * @param type the type
		 * @param required whether it is required
		 * @param annotations the documenting annotations
		 */
		public Argument(ResolvableType type, boolean required, List<Annotation> annotations) {
			this(type, required, annotations, null, false, null);
		}

		/**
		 * Create an argument without annotations.
		 * @param type the type
		 * @param required whether it is required
		 */
		public Argument(ResolvableType type, boolean required) {
			this(type, required, List.of(), null, false, null);
		}

	}

}
