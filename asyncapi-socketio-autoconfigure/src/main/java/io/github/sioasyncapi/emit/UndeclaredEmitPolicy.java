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

package io.github.sioasyncapi.emit;

/**
 * What to do when the application emits an event that no {@code @Emits} declares for the
 * namespace ({@code socketio.validation.undeclared-emits}).
 *
 * @since 0.1.0
 */
public enum UndeclaredEmitPolicy {

	/** Send it without a word. */
	ALLOW,

	/** Send it, and log a warning once per namespace and event. */
	WARN,

	/** Refuse it with an {@link io.github.sioasyncapi.validation.EmitValidationException}. */
	FAIL

}
