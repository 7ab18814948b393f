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

package io.github.sioasyncapi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the last payload parameter of a handler, a {@code List<T>}, collect the event's
 * remaining arguments (zero or more), each converted to {@code T} and validated like a payload
 * argument: {@code tag(String room, @RemainingArguments List<@NotBlank String> tags)} takes
 * {@code socket.emit("tag", "lobby", "a", "b")}.
 * <p>A varargs parameter ({@code String... tags}) collects the remaining arguments without this
 * annotation. Use the list when the elements have constraints of their own
 * ({@code List<@NotBlank String>}): Bean Validation checks constraints on the elements of a
 * list, but not on the elements of an array. Without the annotation, a {@code List<T>}
 * parameter is one argument that is a JSON array.
 *
 * @since 0.1.0
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RemainingArguments {

}
