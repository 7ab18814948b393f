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

package io.github.sioasyncapi.test;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * An AsyncAPI document read once, when first needed (the application builds its document once
 * its server runs).
 */
final class DocumentSource {

	private final Supplier<String> json;

	private volatile @Nullable DocumentSchemas schemas;

	DocumentSource(Supplier<String> json) {
		this.json = json;
	}

	DocumentSchemas get() {
		DocumentSchemas schemas = this.schemas;
		if (schemas == null) {
			synchronized (this) {
				schemas = this.schemas;
				if (schemas == null) {
					schemas = DocumentSchemas.parse(this.json.get());
					this.schemas = schemas;
				}
			}
		}
		return schemas;
	}

}
