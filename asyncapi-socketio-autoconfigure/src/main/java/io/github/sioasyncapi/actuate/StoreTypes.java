package io.github.sioasyncapi.actuate;

import com.corundumstudio.socketio.store.StoreFactory;

/**
 * The short name of a netty-socketio store factory.
 */
final class StoreTypes {

	private StoreTypes() {
	}

	static String of(StoreFactory factory) {
		String name = factory.getClass().getSimpleName();
		if (name.startsWith("Memory")) {
			return "memory";
		}
		if (name.startsWith("Redisson")) {
			return "redis";
		}
		if (name.startsWith("Hazelcast")) {
			return "hazelcast";
		}
		return name;
	}

}
