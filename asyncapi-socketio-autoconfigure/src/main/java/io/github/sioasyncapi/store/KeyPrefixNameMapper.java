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

package io.github.sioasyncapi.store;

import org.redisson.config.NameMapper;

/**
 * Puts a prefix in front of every Redis key and channel name of a Redisson client, so that
 * separate Socket.IO clusters can share one Redis server: netty-socketio publishes on fixed
 * channel names ({@code dispatch}, {@code join}, …), and Redis channels are not scoped by
 * database.
 *
 * @since 0.1.0
 */
public final class KeyPrefixNameMapper implements NameMapper {

	private final String prefix;

	/**
	 * Create a mapper.
	 * @param prefix the prefix, for example {@code "chat:"}
	 */
	public KeyPrefixNameMapper(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String map(String name) {
		return this.prefix + name;
	}

	@Override
	public String unmap(String name) {
		return name.startsWith(this.prefix) ? name.substring(this.prefix.length()) : name;
	}

}
