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

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.corundumstudio.socketio.protocol.Packet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The queue of packets waiting to be written to a session, in place of netty-socketio's
 * unbounded, unmeasured one: a packet is encoded when it is queued, on the sending thread, and
 * its size counted in the session's {@link ClientFlow} until it has been written to the socket.
 * So broadcasts and acks for a client that does not read count against its limits, and a
 * long-polling client's packets are measured while they wait for its next poll. Packets for an
 * evicted or ended session are dropped. Only {@link EngineIoEncoder} takes packets out
 * ({@link #pollEncoded()}); netty-socketio only adds them.
 */
final class OutboundQueue extends AbstractQueue<Packet> {

	private static final Log logger = LogFactory.getLog(OutboundQueue.class);

	private final Queue<EncodedPacket> packets = new ConcurrentLinkedQueue<>();

	private final ClientFlow flow;

	private final PacketEncoding encoding;

	OutboundQueue(ClientFlow flow, PacketEncoding encoding) {
		this.flow = flow;
		this.encoding = encoding;
	}

	ClientFlow flow() {
		return this.flow;
	}

	@Override
	public boolean offer(Packet packet) {
		if (!this.flow.isOpen()) {
			return true;
		}
		EncodedPacket encoded;
		try {
			encoded = this.encoding.encode(packet);
		}
		catch (RuntimeException ex) {
			logger.error("Could not encode a " + packet.getType() + " packet for Socket.IO session "
					+ this.flow.client().getSessionId() + "; it is not sent", ex);
			return true;
		}
		// counted before it can be written, so that the count never goes below what is queued
		this.flow.outboundQueued(encoded.size());
		this.packets.add(encoded);
		return true;
	}

	/**
	 * Take the next packet to write.
	 * @return the packet, encoded, or {@code null} if none waits
	 */
	@Nullable EncodedPacket pollEncoded() {
		return this.packets.poll();
	}

	@Override
	public boolean isEmpty() {
		return this.packets.isEmpty();
	}

	@Override
	public int size() {
		return this.packets.size();
	}

	/**
	 * Not supported: packets are taken out encoded, with {@link #pollEncoded()}.
	 */
	@Override
	public Packet poll() {
		throw new UnsupportedOperationException("Packets are taken out encoded, with pollEncoded()");
	}

	/**
	 * Not supported: packets are taken out encoded, with {@link #pollEncoded()}.
	 */
	@Override
	public Packet peek() {
		throw new UnsupportedOperationException("Packets are taken out encoded, with pollEncoded()");
	}

	/**
	 * Not supported: packets are taken out encoded, with {@link #pollEncoded()}.
	 */
	@Override
	public Iterator<Packet> iterator() {
		throw new UnsupportedOperationException("Packets are taken out encoded, with pollEncoded()");
	}

}
