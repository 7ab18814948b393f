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

import java.lang.reflect.Field;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.ack.AckManager;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.scheduler.CancelableScheduler;
import org.springframework.util.ReflectionUtils;

/**
 * The parts of a started netty-socketio channel initializer that the protocol handlers share
 * with netty-socketio's own: its acknowledgement manager, scheduler and client registry.
 * netty-socketio 2.0.14 keeps them in private fields with no accessor, so they are read
 * reflectively; a netty-socketio version without them fails at start rather than serving the
 * protocol without its corrections.
 *
 * @param ackManager the acknowledgement manager
 * @param scheduler the scheduler of pings, timeouts and upgrades
 * @param clientsBox the registry of sessions and their channels
 * @since 0.1.0
 */
public record NettySocketIoParts(AckManager ackManager, CancelableScheduler scheduler, ClientsBox clientsBox) {

	/**
	 * Read the parts of a started initializer.
	 * @param initializer the initializer, after {@code start}
	 * @return its parts
	 * @throws IllegalStateException if a part cannot be read
	 */
	public static NettySocketIoParts of(SocketIOChannelInitializer initializer) {
		return new NettySocketIoParts(read(initializer, "ackManager", AckManager.class),
				read(initializer, "scheduler", CancelableScheduler.class),
				read(initializer, "clientsBox", ClientsBox.class));
	}

	/**
	 * Give a new initializer another scheduler, before it is started (netty-socketio offers
	 * no way to choose it).
	 * @param initializer the initializer, not started
	 * @param scheduler the scheduler to use
	 * @throws IllegalStateException if the scheduler cannot be replaced
	 */
	static void useScheduler(SocketIOChannelInitializer initializer, CancelableScheduler scheduler) {
		Field field = field("scheduler", CancelableScheduler.class);
		CancelableScheduler unused = (CancelableScheduler) ReflectionUtils.getField(field, initializer);
		ReflectionUtils.setField(field, initializer, scheduler);
		if (unused != null) {
			// never started; Netty reports a timer collected without being stopped as a leak
			unused.shutdown();
		}
	}

	/**
	 * Give a new initializer another registry of sessions, before it is started (netty-socketio
	 * offers no way to choose it).
	 * @param initializer the initializer, not started
	 * @param clientsBox the registry to use
	 * @throws IllegalStateException if the registry cannot be replaced
	 */
	static void useClientsBox(SocketIOChannelInitializer initializer, ClientsBox clientsBox) {
		ReflectionUtils.setField(field("clientsBox", ClientsBox.class), initializer, clientsBox);
	}

	private static Field field(String name, Class<?> type) {
		Field field = ReflectionUtils.findField(SocketIOChannelInitializer.class, name, type);
		if (field == null) {
			throw new IllegalStateException("netty-socketio's SocketIOChannelInitializer has no field '" + name
					+ "' of type " + type.getName() + ": this starter supports netty-socketio 2.0.14");
		}
		ReflectionUtils.makeAccessible(field);
		return field;
	}

	private static <T> T read(SocketIOChannelInitializer initializer, String name, Class<T> type) {
		Object value = ReflectionUtils.getField(field(name, type), initializer);
		if (value == null) {
			throw new IllegalStateException("netty-socketio's SocketIOChannelInitializer is not started");
		}
		return type.cast(value);
	}

}
