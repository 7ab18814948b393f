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

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.handler.SocketIoHandlerMethod.Kind;
import io.github.sioasyncapi.json.ArgumentRecord;
import io.github.sioasyncapi.validation.ConstraintValidation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.Assert;

/**
 * The start-up checks of signatures with several arguments: which parameter collects the
 * remaining arguments of an event, constraints Bean Validation cannot check on a varargs
 * parameter, and {@link io.github.sioasyncapi.annotation.AckArguments @AckArguments} records
 * where only an acknowledgement may be one. Each failure names the method and the parameter.
 */
final class ArgumentListSignatures {

	private ArgumentListSignatures() {
	}

	/**
	 * Whether the last payload parameter collects the remaining arguments: a varargs
	 * parameter, or a {@code @RemainingArguments List<T>}, of an event handler.
	 */
	static boolean collectsRemaining(String where, Kind kind, List<MethodParameter> payloads) {
		for (int i = 0; i < payloads.size(); i++) {
			MethodParameter parameter = payloads.get(i);
			String name = "parameter '" + parameter.getParameterName() + "'";
			boolean annotated = parameter.hasParameterAnnotation(RemainingArguments.class);
			Assert.state(!annotated || i == payloads.size() - 1,
					() -> where + " " + name + " is @RemainingArguments, but not the last payload parameter");
			Assert.state(!annotated || parameter.getParameterType() == List.class,
					() -> where + " " + name + " is @RemainingArguments, but not a List: declare List<T>");
			if (annotated || parameter.getParameter().isVarArgs()) {
				Assert.state(kind == Kind.EVENT, () -> where + " " + name
						+ " collects the remaining arguments of an event, but the method handles no event");
				return true;
			}
		}
		return false;
	}

	/**
	 * The type of one argument of a payload parameter: the element type of the remaining
	 * arguments, the parameter type without {@code Optional} otherwise.
	 */
	static ResolvableType argumentType(MethodParameter parameter, boolean remaining) {
		if (!remaining) {
			return ResolvableType.forMethodParameter(parameter.nestedIfOptional());
		}
		ResolvableType type = ResolvableType.forMethodParameter(parameter);
		type = type.isArray() ? type.getComponentType() : type.getGeneric(0);
		return (type.resolve(Object.class) == Optional.class) ? type.getGeneric(0) : type;
	}

	/**
	 * An {@code @AckArguments} record describes an acknowledgement, not a payload argument.
	 */
	static void checkNoAckArguments(String where, MethodParameter parameter, ResolvableType type) {
		Assert.state(ArgumentRecord.of(type) == null, () -> where + " parameter '" + parameter.getParameterName()
				+ "' is an @AckArguments record, which describes an acknowledgement: take one parameter per argument");
	}

	/**
	 * Bean Validation checks the constraints of a varargs parameter on its array, and none on
	 * its elements: a constraint that applies to no array would fail every call.
	 */
	static void checkVarargsConstraints(String where, ConstraintValidation validation, Class<?> userType, Method method,
			MethodParameter parameter) {
		Annotation constraint = validation.constraintNotOnArray(userType, method, parameter.getParameterIndex());
		Assert.state(constraint == null, () -> {
			String type = parameter.getParameterType().getComponentType().getSimpleName();
			String name = "@" + constraint.annotationType().getSimpleName();
			return where + " parameter '" + parameter.getParameterName() + "' (" + type + "...): Bean Validation checks "
					+ name + " on the array of the remaining arguments, where it does not apply, and checks no "
					+ "constraint on the elements of an array; declare @RemainingArguments List<" + name + " " + type
					+ "> " + parameter.getParameterName() + " to constrain each argument";
		});
	}

	/**
	 * An acknowledgement of several arguments must be a record, returned as such, and never
	 * {@code null}: an argument list has no null form.
	 * @return the record the ack is declared as, or {@code null}
	 */
	static @Nullable ArgumentRecord checkAck(String where, @Nullable ResolvableType ackType, boolean nullable, @Nullable Class<?> ackModel) {
		boolean optional = ackType != null && ackType.resolve(Object.class) == Optional.class;
		ArgumentRecord record = recordOf(where, optional ? ackType.getGeneric(0) : ackType);
		Assert.state(record == null || !(optional || nullable), () -> where + " returns "
				+ (optional ? "Optional<" + record.getType().getSimpleName() + ">" : "a @Nullable "
						+ record.getType().getSimpleName())
				+ ", an @AckArguments record, which has no null form: return the record, whose components may be "
				+ "Optional or @Nullable");
		Assert.state(recordOf(where, ResolvableType.forClass(ackModel)) == null, () -> where + " documents an "
				+ "untyped acknowledgement with @OnEvent(ack = " + ackModel.getSimpleName() + ".class), an "
				+ "@AckArguments record: return the record itself, so that its components are sent as separate arguments");
		return record;
	}

	/**
	 * The payload types of an {@code @Emits} declaration are arguments, none an
	 * {@code @AckArguments} record; its ack may be one.
	 */
	static void checkEmits(String where, List<Class<?>> payload, @Nullable Class<?> ack) {
		recordOf(where, ResolvableType.forClass(ack));
		for (Class<?> type : payload) {
			Assert.state(recordOf(where, ResolvableType.forClass(type)) == null, () -> where + ": payload "
					+ type.getSimpleName() + " is an @AckArguments record, which describes an acknowledgement: declare "
					+ "one payload type per argument, payload = {A.class, B.class}");
		}
	}

	private static @Nullable ArgumentRecord recordOf(String where, @Nullable ResolvableType type) {
		try {
			return ArgumentRecord.of(type);
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
		}
	}

}
