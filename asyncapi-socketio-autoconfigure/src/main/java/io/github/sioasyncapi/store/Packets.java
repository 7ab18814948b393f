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

import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import org.jspecify.annotations.Nullable;

/**
 * Copies of netty-socketio packets without the state its encoder adds to them.
 * <p>netty-socketio sends one packet object to every local client of a room and then publishes
 * it to the other nodes. Encoding a packet for a client stores that client's Engine.IO version
 * and the binary attachments (as Netty buffers) in the packet itself, so a shared packet is
 * changed by the I/O threads while it is being published or sent on. It also turns the packet
 * into a {@code BINARY_EVENT} (or {@code BINARY_ACK}) when the data holds binary values — and a
 * packet of that kind is not encoded again: its data would be left out.
 */
final class Packets {

	private Packets() {
	}

	/**
	 * A copy of a packet with its event and data only, in an Engine.IO version, to be encoded
	 * afresh.
	 * @param packet the packet
	 * @param version the Engine.IO version of the client it is for
	 * @return the copy, without attachments, and an {@code EVENT} or {@code ACK} again if the
	 * packet was made binary by an encoder
	 */
	static Packet copy(Packet packet, EngineIOVersion version) {
		Packet copy = new Packet(packet.getType(), version);
		copy.setSubType(beforeEncoding(packet.getSubType()));
		copy.setNsp(packet.getNsp());
		copy.setName(packet.getName());
		copy.setAckId(packet.getAckId());
		copy.setData(packet.getData());
		return copy;
	}

	private static @Nullable PacketType beforeEncoding(@Nullable PacketType subType) {
		if (subType == PacketType.BINARY_EVENT) {
			return PacketType.EVENT;
		}
		if (subType == PacketType.BINARY_ACK) {
			return PacketType.ACK;
		}
		return subType;
	}

}
