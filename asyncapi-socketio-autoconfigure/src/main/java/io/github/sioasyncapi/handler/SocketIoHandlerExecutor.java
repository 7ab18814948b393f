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
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads handlers run on: a pool of platform threads named {@code socketio-handler-N},
 * virtual threads, or an executor of the application's ({@link #of(Executor)}). It is
 * deliberately not an {@link Executor} bean, so that it never stands in for the application's
 * task executor. It counts the tasks in flight, so that shutdown can let them finish.
 *
 * @since 0.1.0
 */
public final class SocketIoHandlerExecutor {

	private static final String THREAD_NAME_PREFIX = "socketio-handler-";

	private final Executor delegate;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Object quiescence = new Object();

	private SocketIoHandlerExecutor(Executor delegate) {
		this.delegate = delegate;
	}

	/**
	 * A pool of platform threads: one per processor while handlers compute, more, up to a
	 * maximum, while handlers block; threads added for blocked handlers retire when idle. See
	 * {@link ElasticThreadPool}.
	 * @param maxThreads the maximum number of threads
	 * @param keepAlive how long an added thread is kept idle
	 * @return the executor
	 */
	public static SocketIoHandlerExecutor platformThreads(int maxThreads, Duration keepAlive) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(THREAD_NAME_PREFIX);
		threads.setDaemon(true);
		CustomizableThreadFactory monitor = new CustomizableThreadFactory(THREAD_NAME_PREFIX + "monitor-");
		monitor.setDaemon(true);
		return new SocketIoHandlerExecutor(new ElasticThreadPool(Runtime.getRuntime().availableProcessors(), maxThreads,
				keepAlive, threads, monitor));
	}

	/**
	 * One virtual thread per task (Java 21 and later).
	 * @return the executor
	 */
	public static SocketIoHandlerExecutor virtualThreads() {
		return new SocketIoHandlerExecutor(new VirtualThreadTaskExecutor(THREAD_NAME_PREFIX));
	}

	/**
	 * Handlers on an executor of the application's, which the application starts and stops:
	 * {@link #shutdown()} leaves it alone. Each client's events are still handled one at a
	 * time, in order.
	 * @param executor the executor
	 * @return the handler executor
	 */
	public static SocketIoHandlerExecutor of(Executor executor) {
		return new SocketIoHandlerExecutor(executor);
	}

	/**
	 * The executor to submit tasks to.
	 * @return the executor
	 */
	public Executor executor() {
		return this::execute;
	}

	private void execute(Runnable task) {
		this.inFlight.incrementAndGet();
		try {
			this.delegate.execute(() -> {
				try {
					task.run();
				}
				finally {
					finished();
				}
			});
		}
		catch (RuntimeException ex) {
			finished();
			throw ex;
		}
	}

	private void finished() {
		if (this.inFlight.decrementAndGet() == 0) {
			synchronized (this.quiescence) {
				this.quiescence.notifyAll();
			}
		}
	}

	/**
	 * The number of tasks submitted and not finished.
	 * @return the tasks in flight
	 */
	public int getInFlight() {
		return this.inFlight.get();
	}

	/**
	 * Wait until no task is in flight.
	 * @param timeout how long to wait at most
	 * @return {@code true} if no task is in flight
	 * @throws InterruptedException if interrupted while waiting
	 */
	public boolean awaitQuiescence(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.quiescence) {
			while (this.inFlight.get() > 0) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return false;
				}
				TimeUnit.NANOSECONDS.timedWait(this.quiescence, remaining);
			}
		}
		return true;
	}

	/**
	 * Stop the threads this class created; tasks still queued are dropped.
	 */
	public void shutdown() {
		if (this.delegate instanceof ElasticThreadPool pool) {
			pool.close();
		}
	}

}
