package io.github.sioasyncapi.json;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An event argument that was read straight into its handler parameter's type while the packet
 * was decoded, with the JSON it was read from, for code that wants the argument as the client
 * sent it.
 *
 * @see SocketIoJsonSupport#addArgumentReaders
 * @since 0.1.0
 */
public final class DecodedArgument {

	private final @Nullable Object value;

	private final byte[] packet;

	private final int offset;

	private final int length;

	private final ObjectMapper mapper;

	DecodedArgument(@Nullable Object value, byte[] packet, int offset, int length, ObjectMapper mapper) {
		this.value = value;
		this.packet = packet;
		this.offset = offset;
		this.length = length;
		this.mapper = mapper;
	}

	/**
	 * The argument, converted to the parameter's type.
	 * @return the value; {@code null} only where the type's deserializer maps a JSON value to
	 * {@code null} (JSON {@code null} itself is never decoded this way)
	 */
	public @Nullable Object getValue() {
		return this.value;
	}

	/**
	 * The argument as the client sent it, read again from the packet.
	 * @return the JSON tree
	 */
	public JsonNode toTree() {
		return this.mapper.readTree(Arrays.copyOfRange(this.packet, this.offset, this.offset + this.length));
	}

	@Override
	public String toString() {
		return "DecodedArgument[" + this.value + "]";
	}

}
