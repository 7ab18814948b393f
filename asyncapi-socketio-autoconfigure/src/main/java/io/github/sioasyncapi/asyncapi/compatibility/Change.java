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

package io.github.sioasyncapi.asyncapi.compatibility;

/**
 * One difference between two documents that matters to clients.
 *
 * @param breaking whether it breaks clients written against the older document
 * @param where the namespace, event, direction and place in the payload, for example
 * {@code make_move (client → server) payload.x}
 * @param what what changed, for example {@code maximum lowered from 2 to 1}
 * @since 0.1.0
 */
public record Change(boolean breaking, String where, String what) {

	@Override
	public String toString() {
		return (this.breaking ? "BREAKING   " : "compatible ") + this.where + ": " + this.what;
	}

}
