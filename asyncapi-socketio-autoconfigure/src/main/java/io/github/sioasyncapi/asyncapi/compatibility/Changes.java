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

import java.util.ArrayList;
import java.util.List;

/**
 * The changes found so far, each classified when it is found: a schema that accepts less
 * breaks senders, one that allows more breaks receivers, an incomparable one breaks both.
 */
final class Changes {

	private final List<Change> changes = new ArrayList<>();

	/** What a change does to the set of values a schema allows. */
	enum Effect {

		/** Fewer values are valid. */
		NARROWED,

		/** More values are valid. */
		WIDENED,

		/** Neither a subset nor a superset: some values are lost, others gained. */
		CHANGED

	}

	/**
	 * Record a change of a schema.
	 * @param effect what it does to the valid values
	 * @param flow which way the values travel
	 * @param where where
	 * @param what what changed
	 */
	void schema(Effect effect, Flow flow, String where, String what) {
		boolean breaking = switch (effect) {
			case NARROWED -> flow == Flow.TO_SERVER;
			case WIDENED -> flow == Flow.TO_CLIENT;
			case CHANGED -> true;
		};
		add(breaking, where, what);
	}

	void add(boolean breaking, String where, String what) {
		this.changes.add(new Change(breaking, where, what));
	}

	List<Change> list() {
		return List.copyOf(this.changes);
	}

}
