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

import java.util.List;

/**
 * The changes between a committed document and the current one, breaking and compatible.
 *
 * @since 0.1.0
 */
public final class CompatibilityReport {

	private final String committed;

	private final String current;

	private final List<Change> changes;

	CompatibilityReport(String committed, String current, List<Change> changes) {
		this.committed = committed;
		this.current = current;
		this.changes = List.copyOf(changes);
	}

	/**
	 * Every change, in document order.
	 * @return the changes
	 */
	public List<Change> changes() {
		return this.changes;
	}

	/**
	 * The changes that break clients written against the committed document.
	 * @return the breaking changes
	 */
	public List<Change> breaking() {
		return this.changes.stream().filter(Change::breaking).toList();
	}

	/**
	 * The changes existing clients do not notice, or can ignore.
	 * @return the compatible changes
	 */
	public List<Change> compatible() {
		return this.changes.stream().filter((change) -> !change.breaking()).toList();
	}

	/**
	 * Whether no change breaks existing clients.
	 * @return {@code true} when there is no breaking change
	 */
	public boolean isCompatible() {
		return breaking().isEmpty();
	}

	/**
	 * The report for people: a summary line, then the breaking changes, then the compatible
	 * ones, one per line.
	 * @return the report
	 */
	@Override
	public String toString() {
		List<Change> breaking = breaking();
		List<Change> compatible = compatible();
		StringBuilder report = new StringBuilder().append(this.current).append(" against ").append(this.committed);
		if (this.changes.isEmpty()) {
			report.append(": no change for clients");
		}
		else {
			report.append(": ")
				.append(breaking.size())
				.append(breaking.size() == 1 ? " change breaks" : " changes break")
				.append(" existing clients, ")
				.append(compatible.size())
				.append(compatible.size() == 1 ? " is" : " are")
				.append(" compatible");
		}
		breaking.forEach((change) -> report.append("\n  ").append(change));
		compatible.forEach((change) -> report.append("\n  ").append(change));
		return report.toString();
	}

}
