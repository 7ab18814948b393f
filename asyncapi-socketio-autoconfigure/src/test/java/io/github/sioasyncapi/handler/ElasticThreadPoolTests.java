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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticThreadPoolTests {

	@Test
	void tasksRunOnTheCoreThreadsWhileNothingBlocks() throws Exception {
		try (ElasticThreadPool pool = pool(2, 50)) {
			CountDownLatch done = new CountDownLatch(1_000);
			for (int i = 0; i < 1_000; i++) {
				pool.execute(done::countDown);
			}
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(pool.getPoolSize()).as("not a thread per task").isLessThan(10);
		}
	}

	@Test
	void aTaskQueuedBehindBlockedThreadsGetsAThreadOfItsOwn() throws Exception {
		try (ElasticThreadPool pool = pool(2, 50)) {
			CountDownLatch release = new CountDownLatch(1);
			for (int i = 0; i < 5; i++) {
				pool.execute(() -> awaitQuietly(release));
			}
			CountDownLatch ran = new CountDownLatch(1);
			pool.execute(ran::countDown);
			assertThat(ran.await(30, TimeUnit.SECONDS)).as("ran while five tasks block").isTrue();
			assertThat(pool.getPoolSize()).isBetween(6, 50);
			release.countDown();
		}
	}

	@Test
	void aTaskQueuedBehindThreadsThatLookRunnableButFinishNothingGetsAThread() throws Exception {
		try (ElasticThreadPool pool = pool(1, 50)) {
			CountDownLatch ran = new CountDownLatch(1);
			// stands for a handler blocked in socket I/O, which the JVM reports as runnable
			pool.execute(() -> {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (ran.getCount() > 0 && System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
			});
			pool.execute(ran::countDown);
			assertThat(ran.await(30, TimeUnit.SECONDS)).as("ran while the first task spins").isTrue();
			assertThat(pool.getPoolSize()).isBetween(2, 50);
		}
	}

	@Test
	void neverMoreThreadsThanTheMaximum() throws Exception {
		try (ElasticThreadPool pool = pool(1, 3)) {
			CountDownLatch release = new CountDownLatch(1);
			CountDownLatch started = new CountDownLatch(3);
			for (int i = 0; i < 6; i++) {
				pool.execute(() -> {
					started.countDown();
					awaitQuietly(release);
				});
			}
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(10 * ElasticThreadPool.CHECK_MILLIS);
			assertThat(pool.getPoolSize()).isEqualTo(3);
			release.countDown();
		}
	}

	private static ElasticThreadPool pool(int core, int max) {
		return new ElasticThreadPool(core, max, Duration.ofSeconds(60), new CustomizableThreadFactory("test-handler-"),
				new CustomizableThreadFactory("test-monitor-"));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
