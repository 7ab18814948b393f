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

package io.github.sioasyncapi.handler;

import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs the tasks of each client one after the other, in submission order, while tasks of
 * different clients run in parallel on a shared executor. A client's queue is drained in
 * small batches so that a busy client cannot hold a thread for long. Every task is reported to
 * the {@link ClientBacklog} when queued and when done, so that the server can slow down a
 * client whose handlers fall behind.
 */
final class ClientOrderedExecutor {

	private static final Log logger = LogFactory.getLog(ClientOrderedExecutor.class);

	private static final int BATCH = 16;

	private final Executor executor;

	private final ClientBacklog backlog;

	private final Map<UUID, SerialQueue> queues = new ConcurrentHashMap<>();

	ClientOrderedExecutor(Executor executor, ClientBacklog backlog) {
		this.executor = executor;
		this.backlog = backlog;
	}

	/**
	 * Run a task after every task submitted earlier for the same client.
	 */
	void execute(UUID client, Runnable task) {
		SerialQueue queue = this.queues.get(client);
		if (queue == null) {
			queue = this.queues.computeIfAbsent(client, SerialQueue::new);
		}
		queue.add(task);
	}

	/**
	 * Run a client's last task, then forget the client.
	 */
	void executeLast(UUID client, Runnable task) {
		SerialQueue queue = this.queues.computeIfAbsent(client, SerialQueue::new);
		queue.add(() -> {
			try {
				task.run();
			}
			finally {
				this.queues.remove(client, queue);
			}
		});
	}

	/**
	 * The number of clients with a queue.
	 */
	int clientCount() {
		return this.queues.size();
	}

	private final class SerialQueue implements Runnable {

		private final UUID client;

		private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean scheduled = new AtomicBoolean();

		SerialQueue(UUID client) {
			this.client = client;
		}

		void add(Runnable task) {
			ClientOrderedExecutor.this.backlog.queued(this.client);
			this.tasks.add(task);
			schedule();
		}

		private void schedule() {
			if (this.scheduled.compareAndSet(false, true)) {
				try {
					ClientOrderedExecutor.this.executor.execute(this);
				}
				catch (RejectedExecutionException ex) {
					this.scheduled.set(false);
					logger.warn("Socket.IO handler executor rejected " + this.tasks.size()
							+ " task(s); is the application shutting down?");
					while (this.tasks.poll() != null) {
						ClientOrderedExecutor.this.backlog.done(this.client);
					}
				}
			}
		}

		@Override
		public void run() {
			try {
				for (int i = 0; i < BATCH; i++) {
					Runnable task = this.tasks.poll();
					if (task == null) {
						break;
					}
					try {
						task.run();
					}
					finally {
						ClientOrderedExecutor.this.backlog.done(this.client);
					}
				}
			}
			finally {
				this.scheduled.set(false);
				if (!this.tasks.isEmpty()) {
					schedule();
				}
			}
		}

	}

}
