package io.github.sioasyncapi.json;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the payload mapper from the application's mapper, with every setting and module kept,
 * and one change: the buffers Jackson recycles between parsers and generators are kept per
 * thread ({@link EventLoopRecyclerPool}) instead of in Jackson 3's default pool, a concurrent
 * deque shared by all threads. Socket.IO packets are read and written on Netty's event-loop
 * threads, a few long-lived platform threads that each reuse their own buffers without
 * contention (the shared deque cost about 4% of a busy server's CPU time). Jackson 2, which raw
 * netty-socketio uses, keeps them per thread by default.
 */
final class PacketMapperBuilder extends JsonMapper.Builder {

	PacketMapperBuilder(JsonMapper applicationMapper) {
		super(new StateImpl(applicationMapper.rebuild()));
		this._streamFactory = ((JsonFactory) this._streamFactory).rebuild()
			.recyclerPool(EventLoopRecyclerPool.INSTANCE)
			.build();
	}

}
