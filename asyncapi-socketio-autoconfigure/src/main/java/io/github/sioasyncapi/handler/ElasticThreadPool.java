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

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Platform threads for handlers: as many as there are processors while handlers compute, more —
 * up to a maximum — while handlers block.
 * <p>Why not a {@link ThreadPoolExecutor} whose core size is its maximum: it starts a new thread
 * for every task until the maximum exists, and then every event wakes one of hundreds of parked
 * threads (a system call and a context switch on both sides). In the benchmark of the project's
 * {@code benchmarks} module that cost the server more CPU than converting and validating the
 * event. Here a small core of threads stays busy under load, so that a thread finishing a task
 * usually finds the next one queued instead of parking.
 * <p>A handler that blocks (a slow call, a sleep) must still not hold up other clients: a monitor
 * checks every {@value #CHECK_MILLIS} ms, while tasks are queued, whether every thread is busy
 * and blocked — waiting, sleeping or on a lock — and then adds one. A thread blocked in socket I/O
 * looks runnable, so the monitor also adds one when all threads are busy and no task has finished
 * for {@value #STALL_MILLIS} ms. Busy threads that are runnable are computing, or waiting for a
 * processor: another thread would not help them, and none is added. Threads added this way retire
 * after the keep-alive time without work. The monitor runs only while tasks wait, so an idle
 * server has no timer ticking.
 */
final class ElasticThreadPool implements Executor, AutoCloseable {

	/** How often the monitor looks at the threads while tasks wait. */
	static final long CHECK_MILLIS = 5;

	/** How long busy threads may finish no task before the monitor adds one, even if they look runnable. */
	static final long STALL_MILLIS = 100;

	private final ThreadPoolExecutor pool;

	private final ScheduledThreadPoolExecutor monitor;

	private final int coreThreads;

	private final int maxThreads;

	private final AtomicBoolean monitoring = new AtomicBoolean();

	private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

	private long completedAtLastProgress = -1;

	private long lastProgressNanos;

	/**
	 * Create a pool.
	 * @param coreThreads the threads kept while handlers compute, at least 1
	 * @param maxThreads the most threads, at least {@code coreThreads}
	 * @param keepAlive how long an added thread may stay idle
	 * @param threadFactory makes the handler threads
	 * @param monitorThread makes the monitor's thread
	 */
	ElasticThreadPool(int coreThreads, int maxThreads, Duration keepAlive, ThreadFactory threadFactory,
			ThreadFactory monitorThread) {
		this.coreThreads = Math.max(1, Math.min(coreThreads, maxThreads));
		this.maxThreads = maxThreads;
		this.pool = new ThreadPoolExecutor(this.coreThreads, maxThreads, keepAlive.toMillis(), TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = threadFactory.newThread(task);
					this.threads.add(thread);
					return thread;
				});
		this.monitor = new ScheduledThreadPoolExecutor(1, monitorThread);
		this.monitor.setRemoveOnCancelPolicy(true);
	}

	@Override
	public void execute(Runnable task) {
		this.pool.execute(task);
		if (!this.monitoring.get() && !this.pool.getQueue().isEmpty() && this.monitoring.compareAndSet(false, true)) {
			scheduleCheck();
		}
	}

	private void scheduleCheck() {
		this.monitor.schedule(this::check, CHECK_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void check() {
		long now = System.nanoTime();
		long completed = this.pool.getCompletedTaskCount();
		if (completed != this.completedAtLastProgress) {
			this.completedAtLastProgress = completed;
			this.lastProgressNanos = now;
		}
		boolean waiting = !this.pool.getQueue().isEmpty();
		int core = this.pool.getCorePoolSize();
		int size = this.pool.getPoolSize();
		boolean allBusy = this.pool.getActiveCount() >= size;
		if (waiting && allBusy && size < this.maxThreads
				&& (allBlocked() || now - this.lastProgressNanos >= TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS))) {
			// raising the core size starts one more thread for the queued tasks
			this.pool.setCorePoolSize(Math.min(this.maxThreads, Math.max(core, size) + 1));
			this.lastProgressNanos = now;
		}
		else if (core > this.coreThreads) {
			// threads above the core retire after the keep-alive time without work
			this.pool.setCorePoolSize(this.coreThreads);
		}
		if (waiting && !this.pool.isShutdown()) {
			scheduleCheck();
		}
		else {
			this.completedAtLastProgress = -1;
			this.monitoring.set(false);
			// a task queued while the monitor was stopping must not go unwatched
			if (!this.pool.getQueue().isEmpty() && !this.pool.isShutdown() && this.monitoring.compareAndSet(false, true)) {
				scheduleCheck();
			}
		}
	}

	private boolean allBlocked() {
		this.threads.removeIf((thread) -> !thread.isAlive());
		for (Thread thread : this.threads) {
			Thread.State state = thread.getState();
			if (state == Thread.State.RUNNABLE || state == Thread.State.NEW) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The number of threads.
	 * @return the threads, idle ones included
	 */
	int getPoolSize() {
		return this.pool.getPoolSize();
	}

	/**
	 * Stop the threads; queued tasks are dropped.
	 */
	@Override
	public void close() {
		this.monitor.shutdownNow();
		this.pool.shutdownNow();
	}

}
