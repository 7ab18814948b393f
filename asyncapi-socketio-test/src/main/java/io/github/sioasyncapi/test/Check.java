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

import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking an ack or event against the document: a mismatch fails the test
 * once, where the test looks at what arrived, or when the client closes.
 */
final class Check {

	private static final Check PASSED = new Check(null);

	private final @Nullable String mismatch;

	private final AtomicBoolean reported = new AtomicBoolean();

	private Check(@Nullable String mismatch) {
		this.mismatch = mismatch;
	}

	/**
	 * The outcome of a check.
	 * @param mismatch what does not match, or {@code null} if it matched (or was not checked)
	 * @return the outcome
	 */
	static Check of(@Nullable String mismatch) {
		return (mismatch != null) ? new Check(mismatch) : PASSED;
	}

	/**
	 * Fail if there is a mismatch.
	 * @throws AssertionError with the mismatch
	 */
	void verify() {
		if (this.mismatch != null) {
			this.reported.set(true);
			throw new AssertionError(this.mismatch);
		}
	}

	boolean hasUnreportedMismatch() {
		return this.mismatch != null && !this.reported.get();
	}

	/**
	 * The mismatch, counted as reported.
	 * @return the mismatch
	 */
	String report() {
		this.reported.set(true);
		return String.valueOf(this.mismatch);
	}

}
