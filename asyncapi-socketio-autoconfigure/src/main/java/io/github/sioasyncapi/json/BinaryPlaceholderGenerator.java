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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.Base64Variant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * Writes binary values as Socket.IO binary attachments: a
 * {@code {"_placeholder":true,"num":n}} object in the JSON, the bytes collected for the encoder
 * to send after the packet. Every binary value goes through {@code writeBinary}, so this
 * covers {@code byte[]} values, {@code ByteBuffer}s and binary tree nodes alike.
 */
final class BinaryPlaceholderGenerator extends JsonGeneratorDelegate {

	private final List<byte[]> attachments;

	BinaryPlaceholderGenerator(JsonGenerator delegate, List<byte[]> attachments) {
		super(delegate, false);
		this.attachments = attachments;
	}

	@Override
	public JsonGenerator writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
		byte[] attachment = (offset == 0 && length == data.length) ? data : java.util.Arrays.copyOfRange(data, offset,
				offset + length);
		writeStartObject();
		writeBooleanProperty("_placeholder", true);
		writeNumberProperty("num", this.attachments.size());
		writeEndObject();
		this.attachments.add(attachment);
		return this;
	}

	@Override
	public int writeBinary(Base64Variant variant, InputStream data, int dataLength) {
		try {
			byte[] bytes = (dataLength < 0) ? data.readAllBytes() : data.readNBytes(dataLength);
			writeBinary(variant, bytes, 0, bytes.length);
			return bytes.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
