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

import com.corundumstudio.socketio.namespace.Namespace;
import com.corundumstudio.socketio.protocol.PacketType;
import org.jspecify.annotations.Nullable;

/**
 * A Socket.IO packet as the client sent it (the content of an Engine.IO message packet):
 * {@code <type>[<attachments>-][<namespace>,][<ack id>][<JSON payload>]}. Parsed as Socket.IO's
 * own decoder does; netty-socketio's decoder reads packets it should reject (for example
 * {@code 4abc} as a disconnect, {@code 42abc[...]} with a namespace {@code abc[...]}).
 *
 * @param type the packet type ({@link PacketType#CONNECT}, {@link PacketType#EVENT}, ...)
 * @param attachments how many binary attachments follow
 * @param namespace the namespace, {@code ""} for the main namespace (netty-socketio's name for
 * {@code /})
 * @param ackId the acknowledgement id, if any
 * @param payload the JSON payload, empty if none
 */
record SocketIoPacket(PacketType type, int attachments, String namespace, @Nullable Long ackId, String payload) {

	/** The most attachments a packet may announce. */
	static final int MAX_ATTACHMENTS = 1000;

	private static final int MAX_ACK_ID_DIGITS = 15;

	/**
	 * Parse the content of a message packet.
	 * @param packet the packet, without the Engine.IO type
	 * @return the packet, or {@code null} if it is not a valid Socket.IO packet from a client
	 */
	static @Nullable SocketIoPacket parse(String packet) {
		int length = packet.length();
		if (length == 0 || packet.charAt(0) < '0' || packet.charAt(0) > '6') {
			return null;
		}
		PacketType type = PacketType.valueOfInner(packet.charAt(0) - '0');
		int index = 1;
		int attachments = 0;
		if (type == PacketType.BINARY_EVENT || type == PacketType.BINARY_ACK) {
			int dash = packet.indexOf('-', index);
			if (dash <= index || dash - index > 4 || !digits(packet, index, dash)) {
				return null;
			}
			attachments = Integer.parseInt(packet, index, dash, 10);
			if (attachments > MAX_ATTACHMENTS) {
				return null;
			}
			index = dash + 1;
		}
		String namespace = Namespace.DEFAULT_NAME;
		if (index < length && packet.charAt(index) == '/') {
			int comma = packet.indexOf(',', index);
			int end = (comma >= 0) ? comma : length;
			namespace = packet.substring(index, end);
			index = (comma >= 0) ? comma + 1 : length;
			if ("/".equals(namespace)) {
				namespace = Namespace.DEFAULT_NAME;
			}
		}
		int ackStart = index;
		while (index < length && packet.charAt(index) >= '0' && packet.charAt(index) <= '9') {
			index++;
		}
		if (index - ackStart > MAX_ACK_ID_DIGITS) {
			return null;
		}
		Long ackId = (index > ackStart) ? Long.parseLong(packet, ackStart, index, 10) : null;
		String payload = packet.substring(index);
		return isValid(type, ackId, payload) ? new SocketIoPacket(type, attachments, namespace, ackId, payload) : null;
	}

	private static boolean isValid(PacketType type, @Nullable Long ackId, String payload) {
		return switch (type) {
			case CONNECT -> ackId == null && (payload.isEmpty() || payload.charAt(0) == '{');
			case DISCONNECT -> ackId == null && payload.isEmpty();
			case EVENT, BINARY_EVENT -> payload.startsWith("[");
			case ACK, BINARY_ACK -> ackId != null && payload.startsWith("[");
			default -> false;
		};
	}

	private static boolean digits(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether binary attachments follow this packet.
	 * @return {@code true} if attachments follow
	 */
	boolean hasAttachments() {
		return this.attachments > 0;
	}

}
