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
 * What a handler method says about itself for the AsyncAPI document.
 *
 * @param summary a short summary, or empty
 * @param description a longer description, or empty
 * @param payloadTypes explicitly documented payload types, empty to use the parameter types
 * @param ackType an explicitly documented ack type, or {@code null} to use the return type
 * @since 0.1.0
 */
public record HandlerDocumentation(String summary, String description, List<Class<?>> payloadTypes,
		@Nullable Class<?> ackType) {

	/** No documentation. */
	public static final HandlerDocumentation NONE = new HandlerDocumentation("", "", List.of(), null);

}
