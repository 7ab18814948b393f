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
