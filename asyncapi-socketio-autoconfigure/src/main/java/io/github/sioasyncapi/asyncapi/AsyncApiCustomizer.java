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

import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;

/**
 * Callback that changes the generated document before it is served, for example to add a
 * description, a server or an extension. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}, once, when the document is built.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AsyncApiCustomizer {

	/**
	 * Change the document.
	 * @param document the generated document, mutable
	 */
	void customize(AsyncApiDocument document);

}
