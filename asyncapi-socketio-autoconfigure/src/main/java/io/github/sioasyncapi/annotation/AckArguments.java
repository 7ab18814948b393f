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
 * Makes a record an acknowledgement with several arguments: its components travel as separate
 * Socket.IO ack arguments, in order, instead of one JSON object. A handler that returns
 * {@code @AckArguments record Moved(Board board, @Nullable Mark winner)} answers the client's
 * callback with {@code callback(board, winner)}; an {@code @Emits(ack = Moved.class)} reads
 * the client's {@code callback(board, winner)} into the record.
 * <p>Each component is validated like an acknowledgement of its own (as if annotated with
 * {@code @Valid}), and must not be {@code null} unless it is {@code @Nullable} or an
 * {@code Optional}. The AsyncAPI document describes the acknowledgement as an array of its
 * arguments ({@code prefixItems}, one schema per component).
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AckArguments {

}
