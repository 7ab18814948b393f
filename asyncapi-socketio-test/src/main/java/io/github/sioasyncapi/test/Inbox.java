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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The events a client received, in arrival order, and whether its connection has closed.
 * Waits end at a deadline, or at once when the connection closes.
 */
final class Inbox {

	private final List<ReceivedEvent> events = new ArrayList<>();

	private @Nullable String closedReason;

	synchronized void add(ReceivedEvent event) {
		this.events.add(event);
		notifyAll();
	}

	synchronized void closed(String reason) {
		if (this.closedReason == null) {
			this.closedReason = reason;
		}
		notifyAll();
	}

	/**
	 * Why the connection closed.
	 * @return the reason, or {@code null} while it is open
	 */
	synchronized @Nullable String closedReason() {
		return this.closedReason;
	}

	/**
	 * Wait until the connection has closed, or a deadline.
	 * @param deadline the deadline, in {@link System#nanoTime()} terms
	 */
	synchronized void awaitClosed(long deadline) {
		long remaining = deadline - System.nanoTime();
		while (this.closedReason == null && remaining > 0) {
			try {
				TimeUnit.NANOSECONDS.timedWait(this, remaining);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			remaining = deadline - System.nanoTime();
		}
	}

	synchronized List<ReceivedEvent> all() {
		return List.copyOf(this.events);
	}

	/**
	 * Take the oldest event of a name not taken yet, waiting for it until a deadline.
	 * @param name the event name
	 * @param deadline the deadline, in {@link System#nanoTime()} terms
	 * @param take whether to mark the event as taken
	 * @return the event, or {@code null} if none came before the deadline or the connection
	 * closed
	 */
	synchronized @Nullable ReceivedEvent await(String name, long deadline, boolean take) {
		while (true) {
			for (ReceivedEvent event : this.events) {
				if (!event.isTaken() && event.name().equals(name)) {
					if (take) {
						event.take();
					}
					return event;
				}
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0 || this.closedReason != null) {
				return null;
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, remaining);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for '" + name + "'", ex);
			}
		}
	}

	/**
	 * The names of the events not taken yet, in arrival order, for messages.
	 * @return for example {@code [player_joined, move_made]}
	 */
	synchronized List<String> untakenNames() {
		return this.events.stream().filter((event) -> !event.isTaken()).map(ReceivedEvent::name).toList();
	}

	/**
	 * The events whose mismatch with the document nobody has seen.
	 * @return the events
	 */
	synchronized List<ReceivedEvent> unreportedMismatches() {
		List<ReceivedEvent> unreported = new ArrayList<>();
		for (ReceivedEvent event : this.events) {
			if (event.hasUnreportedMismatch()) {
				unreported.add(event);
			}
		}
		return unreported;
	}

}
