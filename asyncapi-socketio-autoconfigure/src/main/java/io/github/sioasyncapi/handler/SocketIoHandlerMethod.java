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

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.validation.ArgumentValidator;
import io.github.sioasyncapi.validation.ModelCheck;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.github.sioasyncapi.validation.ResponseValidationException;
import io.github.sioasyncapi.validation.ReturnValueValidator;
import io.github.sioasyncapi.validation.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Nullness;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * A controller method mapped to a Socket.IO event, connect or disconnect, with everything
 * decided about it at start-up: its payload parameters, acknowledgement type, declared emits
 * and validators. Invoking it converts and validates the arguments before the method runs.
 *
 * @since 0.1.0
 */
public final class SocketIoHandlerMethod extends InvocableHandlerMethod {

	/**
	 * What a handler method reacts to.
	 *
	 * @since 0.1.0
	 */
	public enum Kind {

		/** A client-to-server event. */
		EVENT,

		/** A client connecting to the namespace. */
		CONNECT,

		/** A client leaving the namespace. */
		DISCONNECT

	}

	private final Kind kind;

	private final String namespace;

	private final String event;

	private final HandlerDocumentation documentation;

	private final List<PayloadParameter> payloadParameters;

	private final @Nullable PayloadParameter[] payloadByIndex;

	private final @Nullable ResolvableType ackType;

	private final boolean ackNullable;

	private @Nullable ArgumentRecord ackRecord;

	private final List<EmitDeclaration> emits;

	private @Nullable ArgumentValidator argumentValidator;

	private @Nullable ReturnValueValidator returnValueValidator;

	private @Nullable ModelCheck ackModel;

	SocketIoHandlerMethod(Object bean, Method method, Kind kind, String namespace, String event,
			HandlerDocumentation documentation, List<PayloadParameter> payloadParameters, List<EmitDeclaration> emits) {
		super(bean, method);
		this.kind = kind;
		this.namespace = namespace;
		this.event = event;
		this.documentation = documentation;
		this.payloadParameters = List.copyOf(payloadParameters);
		this.payloadByIndex = new PayloadParameter[method.getParameterCount()];
		payloadParameters.forEach((payload) -> this.payloadByIndex[payload.getParameter().getParameterIndex()] = payload);
		this.ackType = ackType(method, bean.getClass());
		this.ackNullable = this.ackType != null && ackNullable(method, this.ackType);
		this.emits = List.copyOf(emits);
	}

	/**
	 * Whether the acknowledgement may be {@code null}: an {@code Optional}, or a return type (or
	 * the {@code CompletionStage}'s value type) annotated {@code @Nullable}.
	 */
	private static boolean ackNullable(Method method, ResolvableType ackType) {
		if (ackType.resolve(Object.class) == Optional.class) {
			return true;
		}
		if (!CompletionStage.class.isAssignableFrom(method.getReturnType())) {
			return Nullness.forMethodReturnType(method) == Nullness.NULLABLE;
		}
		return method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized
				&& parameterized.getAnnotatedActualTypeArguments().length == 1
				&& ReturnTypes.hasNullable(parameterized.getAnnotatedActualTypeArguments()[0]);
	}

	private static @Nullable ResolvableType ackType(Method method, Class<?> beanType) {
		ResolvableType type = ReturnTypes.answered(method, beanType);
		return ReturnTypes.isVoid(type) ? null : type;
	}

	void setValidators(@Nullable ArgumentValidator arguments, @Nullable ReturnValueValidator returnValue) {
		this.argumentValidator = arguments;
		this.returnValueValidator = returnValue;
	}

	void setAckRecord(@Nullable ArgumentRecord ackRecord) {
		this.ackRecord = ackRecord;
	}

	void setAckModel(@Nullable ModelCheck ackModel) {
		this.ackModel = ackModel;
	}

	/**
	 * Convert and validate the arguments, then invoke the method.
	 * @throws RequestValidationException if an argument is missing, cannot be converted or
	 * violates a constraint; the method is not invoked
	 */
	@Override
	public @Nullable Object invoke(Message<?> message, @Nullable Object... providedArgs) throws Exception {
		@Nullable Object[] args = getMethodArgumentValues(message, providedArgs);
		if (this.argumentValidator != null) {
			List<Violation> violations = this.argumentValidator.validate(getBean(), args);
			if (!violations.isEmpty()) {
				throw new RequestValidationException(this.namespace, this.event, violations);
			}
		}
		return doInvoke(args);
	}

	/**
	 * Validate an acknowledgement this method produced.
	 * @param value the return value, or the value its future completed with
	 * @throws ResponseValidationException if the value is {@code null} where the ack is not
	 * {@linkplain #isAckNullable() nullable}, violates its type's constraints, or does not match
	 * the explicitly documented ack model
	 */
	public void validateReturnValue(@Nullable Object value) {
		if (value == null && this.ackType != null && !this.ackNullable) {
			throw new ResponseValidationException(this.namespace, this.event,
					List.of(new Violation("", "must not be null (the return type is not @Nullable)", null)));
		}
		List<Violation> violations = (this.returnValueValidator != null)
				? this.returnValueValidator.validate(getBean(), value) : List.of();
		if (violations.isEmpty() && this.ackModel != null && value != null) {
			violations = this.ackModel.check(value, "");
		}
		if (!violations.isEmpty()) {
			throw new ResponseValidationException(this.namespace, this.event, violations);
		}
	}

	/**
	 * What this method reacts to.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * The namespace, as clients name it.
	 * @return the namespace, for example {@code "/"}
	 */
	public String getNamespace() {
		return this.namespace;
	}

	/**
	 * The event name; {@code "connect"} and {@code "disconnect"} for those handlers.
	 * @return the event name
	 */
	public String getEvent() {
		return this.event;
	}

	/**
	 * Summary, description and explicitly documented types.
	 * @return the documentation
	 */
	public HandlerDocumentation getDocumentation() {
		return this.documentation;
	}

	/**
	 * The parameters bound to the event's arguments (or to the connect auth data), in wire
	 * order.
	 * @return the payload parameters
	 */
	public List<PayloadParameter> getPayloadParameters() {
		return this.payloadParameters;
	}

	/**
	 * The payload parameter at a method parameter index.
	 * @param parameterIndex the method parameter index
	 * @return the payload parameter, or {@code null} if that parameter is injected
	 */
	public @Nullable PayloadParameter getPayloadParameter(int parameterIndex) {
		return this.payloadByIndex[parameterIndex];
	}

	/**
	 * The type of the acknowledgement, unwrapped from a {@code CompletionStage}.
	 * @return the ack type, or {@code null} for {@code void} methods
	 */
	public @Nullable ResolvableType getAckType() {
		return this.ackType;
	}

	/**
	 * Whether the acknowledgement may be {@code null} (sent as {@code null}): the method returns
	 * an {@code Optional}, or its return type (or the value type of its
	 * {@code CompletionStage}) is annotated {@code @Nullable}. Other methods that return
	 * {@code null} answer with an {@code internal_error} ack.
	 * @return whether the ack is nullable
	 */
	public boolean isAckNullable() {
		return this.ackNullable;
	}

	/**
	 * The {@code @AckArguments} record the acknowledgement is declared as, whose components
	 * are sent as separate arguments.
	 * @return the record, or {@code null} when the ack is one argument
	 */
	public @Nullable ArgumentRecord getAckRecord() {
		return this.ackRecord;
	}

	/**
	 * Whether this is a connect handler that decides if the client may connect: it takes the
	 * auth data or returns {@code boolean}.
	 * @return {@code true} for a connect guard
	 */
	public boolean isConnectGuard() {
		if (this.kind != Kind.CONNECT) {
			return false;
		}
		Class<?> returnType = getReturnType().getParameterType();
		return !this.payloadParameters.isEmpty() || returnType == boolean.class || returnType == Boolean.class;
	}

	/**
	 * The events this method declares with {@code @Emits}.
	 * @return the declared emits
	 */
	public List<EmitDeclaration> getEmits() {
		return this.emits;
	}

	@Override
	public String toString() {
		return getBeanType().getSimpleName() + "#" + getMethod().getName();
	}

}
