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

package io.github.sioasyncapi.server.protocol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.scheduler.CancelableScheduler;
import com.corundumstudio.socketio.scheduler.SchedulerKey;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * The scheduler of pings, ping timeouts, upgrade and acknowledgement timeouts, with a 10 ms
 * tick. netty-socketio's {@code HashedWheelTimeoutScheduler} uses Netty's default 100 ms tick,
 * so every ping came up to 100 ms late (a 300 ms ping interval was 400 ms) and a ping timeout
 * ended the session up to 100 ms after Engine.IO's deadline. A rescheduled key cancels only
 * its own previous timeout.
 *
 * @since 0.1.0
 */
public final class FineGrainedScheduler implements CancelableScheduler {

	private final HashedWheelTimer timer = new HashedWheelTimer(new DefaultThreadFactory("socketio-scheduler", true),
			10, TimeUnit.MILLISECONDS);

	private final Map<SchedulerKey, Timeout> scheduled = new ConcurrentHashMap<>();

	private volatile @Nullable ChannelHandlerContext context;

	/**
	 * Create a scheduler with a timer of its own, on a daemon thread named
	 * {@code socketio-scheduler}.
	 */
	public FineGrainedScheduler() {
	}

	@Override
	public void update(ChannelHandlerContext ctx) {
		this.context = ctx;
	}

	@Override
	public void cancel(SchedulerKey key) {
		Timeout timeout = this.scheduled.remove(key);
		if (timeout != null) {
			timeout.cancel();
		}
	}

	@Override
	public void schedule(Runnable runnable, long delay, TimeUnit unit) {
		this.timer.newTimeout((timeout) -> runnable.run(), delay, unit);
	}

	@Override
	public void schedule(SchedulerKey key, Runnable runnable, long delay, TimeUnit unit) {
		replace(key, this.timer.newTimeout((timeout) -> {
			this.scheduled.remove(key, timeout);
			runnable.run();
		}, delay, unit));
	}

	@Override
	public void scheduleCallback(SchedulerKey key, Runnable runnable, long delay, TimeUnit unit) {
		replace(key, this.timer.newTimeout((timeout) -> {
			ChannelHandlerContext ctx = this.context;
			Runnable task = () -> {
				this.scheduled.remove(key, timeout);
				runnable.run();
			};
			if (ctx != null) {
				ctx.executor().execute(task);
			}
			else {
				task.run();
			}
		}, delay, unit));
	}

	private void replace(SchedulerKey key, Timeout timeout) {
		Timeout previous = this.scheduled.put(key, timeout);
		if (previous != null) {
			previous.cancel();
		}
	}

	@Override
	public void shutdown() {
		this.timer.stop();
	}

}
