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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.AuthPacket;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes packets as Engine.IO 4 and Socket.IO 5 have them, without changing them (the same
 * packet may be sent to several clients). Thread-safe: packets are encoded when they are queued
 * for a client, on the thread that sends them.
 */
final class PacketEncoding {

	private final Configuration configuration;

	private final SocketIoJsonSupport jsonSupport;

	private final JsonMapper protocolMapper = JsonMapper.builder().build();

	PacketEncoding(Configuration configuration, SocketIoJsonSupport jsonSupport) {
		this.configuration = configuration;
		this.jsonSupport = jsonSupport;
	}

	EncodedPacket encode(Packet packet) {
		StringBuilder header = new StringBuilder().append(packet.getType().getValue());
		switch (packet.getType()) {
			case OPEN -> {
				return new EncodedPacket(
						concat(header, this.protocolMapper.writeValueAsBytes(handshake(packet.getData()))), List.of());
			}
			case MESSAGE -> {
				return encodeMessage(header, packet);
			}
			default -> {
				Object data = packet.getData();
				if (data != null) {
					header.append(data);
				}
				return new EncodedPacket(header.toString().getBytes(StandardCharsets.UTF_8), List.of());
			}
		}
	}

	private EncodedPacket encodeMessage(StringBuilder header, Packet packet) {
		PacketType type = packet.getSubType();
		byte[] json = null;
		List<byte[]> attachments = List.of();
		if (type == PacketType.EVENT || type == PacketType.ACK) {
			List<Object> values = new ArrayList<>();
			if (type == PacketType.EVENT) {
				values.add(packet.getName());
			}
			List<Object> args = packet.getData();
			if (args != null) {
				values.addAll(args);
			}
			json = write(values);
			attachments = List.copyOf(this.jsonSupport.getArrays());
			if (!attachments.isEmpty()) {
				type = (type == PacketType.EVENT) ? PacketType.BINARY_EVENT : PacketType.BINARY_ACK;
			}
		}
		else if (packet.getData() != null) {
			json = write(packet.getData());
		}
		header.append(type.getValue());
		if (!attachments.isEmpty()) {
			header.append(attachments.size()).append('-');
		}
		String namespace = packet.getNsp();
		if (!namespace.isEmpty() && !"/".equals(namespace)) {
			header.append(namespace).append(',');
		}
		if (packet.getAckId() != null) {
			header.append(packet.getAckId());
		}
		byte[] text = (json != null) ? concat(header, json) : header.toString().getBytes(StandardCharsets.UTF_8);
		return new EncodedPacket(text, attachments);
	}

	private byte[] write(Object value) {
		ByteBuf buffer = Unpooled.buffer();
		try {
			this.jsonSupport.writeValue(new ByteBufOutputStream(buffer), value);
			byte[] bytes = new byte[buffer.readableBytes()];
			buffer.readBytes(bytes);
			return bytes;
		}
		finally {
			buffer.release();
		}
	}

	private Map<String, Object> handshake(AuthPacket open) {
		Map<String, Object> handshake = new LinkedHashMap<>();
		handshake.put("sid", open.getSid());
		handshake.put("upgrades", open.getUpgrades());
		handshake.put("pingInterval", open.getPingInterval());
		handshake.put("pingTimeout", open.getPingTimeout());
		handshake.put("maxPayload", this.configuration.getMaxHttpContentLength());
		return handshake;
	}

	private static byte[] concat(StringBuilder header, byte[] json) {
		byte[] start = header.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[start.length + json.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(json, 0, all, start.length, json.length);
		return all;
	}

}
