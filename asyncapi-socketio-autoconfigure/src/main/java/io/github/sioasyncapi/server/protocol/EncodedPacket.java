package io.github.sioasyncapi.server.protocol;

import java.util.List;

/**
 * A packet as written to a client: its text, and the binary attachments that follow it.
 *
 * @param text the Engine.IO packet, in UTF-8
 * @param attachments the binary attachments, each sent as a message of its own
 */
record EncodedPacket(byte[] text, List<byte[]> attachments) {

	/**
	 * The bytes this packet holds.
	 * @return the length of the text and the attachments
	 */
	long size() {
		long size = this.text.length;
		for (byte[] attachment : this.attachments) {
			size += attachment.length;
		}
		return size;
	}

}
