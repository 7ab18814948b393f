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
