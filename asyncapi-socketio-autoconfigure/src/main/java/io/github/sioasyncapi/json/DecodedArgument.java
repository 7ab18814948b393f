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
