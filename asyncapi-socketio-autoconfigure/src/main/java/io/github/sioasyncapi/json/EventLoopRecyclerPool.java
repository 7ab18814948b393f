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

package io.github.sioasyncapi.json;

import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.FastThreadLocalThread;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;

/**
 * Jackson's buffer recyclers kept per thread: in a Netty {@link FastThreadLocal} on Netty's
 * event-loop threads, which read and write every packet (an indexed slot, where a
 * {@link ThreadLocal} lookup probes a hash table that Netty's threads fill with many entries),
 * and in Jackson's own thread-local pool on any other thread.
 */
final class EventLoopRecyclerPool extends RecyclerPool.ThreadLocalPoolBase<BufferRecycler> {

	private static final long serialVersionUID = 1L;

	static final EventLoopRecyclerPool INSTANCE = new EventLoopRecyclerPool();

	private static final FastThreadLocal<BufferRecycler> RECYCLERS = new FastThreadLocal<>() {

		@Override
		protected BufferRecycler initialValue() {
			return new BufferRecycler();
		}

	};

	private EventLoopRecyclerPool() {
	}

	@Override
	public BufferRecycler acquirePooled() {
		return FastThreadLocalThread.currentThreadHasFastThreadLocal() ? RECYCLERS.get()
				: JsonRecyclerPools.threadLocalPool().acquirePooled();
	}

	private Object readResolve() {
		return INSTANCE;
	}

}
