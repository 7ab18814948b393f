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

import java.util.List;

import io.netty.util.concurrent.FastThreadLocalThread;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SocketIoJsonSupport}'s payload mapper.
 */
class SocketIoJsonSupportTests {

	private final JsonMapper application = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void thePayloadMapperKeepsTheApplicationsSettings() {
		SocketIoJsonSupport support = new SocketIoJsonSupport(this.application);
		assertThat(support.getMapper().writeValueAsString(List.of(new Move(7, 1))))
			.isEqualTo("[{\"game_id\":7,\"x_coordinate\":1}]");
		assertThat(support.getMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
		assertThat(support.getMapper().readValue("{\"game_id\":3,\"x_coordinate\":2}", Move.class))
			.isEqualTo(new Move(3, 2));
	}

	@Test
	void thePayloadMapperKeepsBuffersPerThreadAndLeavesTheApplicationsMapperAlone() {
		SocketIoJsonSupport support = new SocketIoJsonSupport(this.application);
		assertThat(support.getMapper().tokenStreamFactory()._getRecyclerPool())
			.isSameAs(EventLoopRecyclerPool.INSTANCE);
		assertThat(this.application.tokenStreamFactory()._getRecyclerPool())
			.isNotSameAs(EventLoopRecyclerPool.INSTANCE);
	}

	@Test
	void eventLoopThreadsKeepTheirOwnRecyclerAndOtherThreadsUseJacksonsThreadLocalPool() throws Exception {
		BufferRecycler[] seen = new BufferRecycler[3];
		FastThreadLocalThread eventLoop = new FastThreadLocalThread(() -> {
			seen[0] = EventLoopRecyclerPool.INSTANCE.acquirePooled();
			seen[1] = EventLoopRecyclerPool.INSTANCE.acquirePooled();
		});
		eventLoop.start();
		eventLoop.join();
		Thread other = new Thread(() -> seen[2] = EventLoopRecyclerPool.INSTANCE.acquirePooled());
		other.start();
		other.join();
		assertThat(seen[0]).isNotNull().isSameAs(seen[1]);
		assertThat(seen[2]).isNotNull().isNotSameAs(seen[0]);
		assertThat(EventLoopRecyclerPool.INSTANCE.acquirePooled())
			.isSameAs(JsonRecyclerPools.threadLocalPool().acquirePooled());
	}

	record Move(int gameId, int xCoordinate) {
	}

}
