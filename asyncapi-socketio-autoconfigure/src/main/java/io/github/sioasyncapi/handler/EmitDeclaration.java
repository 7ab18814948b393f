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

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event the server sends in a namespace, declared with
 * {@link io.github.sioasyncapi.annotation.Emits @Emits}.
 *
 * @param namespace the namespace, for example {@code "/"}
 * @param event the event name
 * @param payloadTypes the payload types, one per argument; empty for an event without payload
 * @param ackType the type of the client's acknowledgement, or {@code null} when none
 * @param summary a short summary, or empty
 * @param description a longer description, or empty
 * @param declaredBy where it is declared, for messages (for example {@code GameController})
 * @since 0.1.0
 */
public record EmitDeclaration(String namespace, String event, List<Class<?>> payloadTypes,
		@Nullable Class<?> ackType, String summary, String description, String declaredBy) {

	/**
	 * Create a declaration.
	 * @param namespace the namespace
	 * @param event the event name
	 * @param payloadTypes the payload types
	 * @param ackType the ack type
	 * @param summary the summary
	 * @param description the description
	 * @param declaredBy where it is declared
	 */
	public EmitDeclaration {
		payloadTypes = List.copyOf(payloadTypes);
	}

	boolean sameContract(EmitDeclaration other) {
		return this.payloadTypes.equals(other.payloadTypes) && this.ackType == other.ackType;
	}

}
