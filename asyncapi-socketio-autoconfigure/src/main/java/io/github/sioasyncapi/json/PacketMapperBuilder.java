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

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the payload mapper from the application's mapper, with every setting and module kept,
 * and these changes:
 * <ul>
 * <li>conversion never loses data: {@code null} is not a primitive
 * ({@code FAIL_ON_NULL_FOR_PRIMITIVES}), a fractional number is not an integer
 * ({@code ACCEPT_FLOAT_AS_INT} off);</li>
 * <li>with strict scalars, no conversion between scalar types (see {@link StrictScalars});
 * values written as strings follow the coercion settings in any case, and a {@code float}
 * out of range is refused ({@link ScalarsModule});</li>
 * <li>the buffers Jackson recycles between parsers and generators are kept per thread
 * ({@link EventLoopRecyclerPool}) instead of in Jackson 3's default pool, a concurrent deque
 * shared by all threads. Socket.IO packets are read and written on Netty's event-loop threads,
 * a few long-lived platform threads that each reuse their own buffers without contention (the
 * shared deque cost about 4% of a busy server's CPU time). Jackson 2, which raw netty-socketio
 * uses, keeps them per thread by default.</li>
 * </ul>
 */
final class PacketMapperBuilder extends JsonMapper.Builder {

	PacketMapperBuilder(JsonMapper applicationMapper, boolean strictScalars) {
		super(new StateImpl(applicationMapper.rebuild()));
		this._streamFactory = ((JsonFactory) this._streamFactory).rebuild()
			.recyclerPool(EventLoopRecyclerPool.INSTANCE)
			.build();
		enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
		disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		if (strictScalars) {
			StrictScalars.apply(this);
		}
		addModule(new ScalarsModule());
	}

}
