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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.MultiTypeAckCallback;
import com.corundumstudio.socketio.protocol.Event;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BinaryNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Binary attachments in {@link SocketIoJsonSupport}: written as placeholders, read back as
 * binary values.
 */
class SocketIoJsonSupportBinaryTests {

	private final SocketIoJsonSupport support = new SocketIoJsonSupport(JsonMapper.builder().build());

	@Test
	void binaryValuesAreWrittenAsPlaceholdersWithTheirAttachments() {
		byte[] first = { 1, 2 };
		byte[] second = { 3 };
		ByteBuf out = Unpooled.buffer();
		this.support.writeValue(new ByteBufOutputStream(out),
				List.of("event", first, Map.of("nested", BinaryNode.valueOf(second))));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
				"[\"event\",{\"_placeholder\":true,\"num\":0},{\"nested\":{\"_placeholder\":true,\"num\":1}}]");
		assertThat(this.support.getArrays()).containsExactly(first, second);
		out.release();
	}

	@Test
	void placeholdersAreReadAsBinaryValues() {
		this.support.addEventMapping("", "upload", JsonNode.class);
		Event event = this.support.readEvent("",
				"[\"upload\",{\"_placeholder\":true,\"num\":1},[{\"_placeholder\":true,\"num\":0}]]"
					.getBytes(StandardCharsets.UTF_8),
				List.of(new byte[] { 9 }, new byte[] { 7, 8 }));
		assertThat(event.getName()).isEqualTo("upload");
		JsonNode first = (JsonNode) event.getArgs().get(0);
		assertThat(first.isBinary()).isTrue();
		assertThat(first.binaryValue()).containsExactly(7, 8);
		assertThat(((JsonNode) event.getArgs().get(1)).get(0).binaryValue()).containsExactly(9);
	}

	@Test
	void aPlaceholderWithoutItsAttachmentMakesTheEventMalformed() {
		this.support.addEventMapping("", "upload", JsonNode.class);
		Event event = this.support.readEvent("",
				"[\"upload\",{\"_placeholder\":true,\"num\":3}]".getBytes(StandardCharsets.UTF_8),
				List.of(new byte[] { 1 }));
		assertThat(event.getName()).isEqualTo(SocketIoJsonSupport.MALFORMED_EVENT);
	}

	@Test
	void acknowledgementsWithAttachmentsAreConvertedToTheWaitedForTypes() {
		MultiTypeAckCallback callback = new MultiTypeAckCallback(byte[].class, String.class) {

			@Override
			public void onSuccess(com.corundumstudio.socketio.MultiTypeArgs result) {
			}

		};
		List<Object> args = this.support
			.readAckArgs("[{\"_placeholder\":true,\"num\":0},\"text\"]".getBytes(StandardCharsets.UTF_8),
					List.of(new byte[] { 5, 6 }), callback)
			.getArgs();
		assertThat((byte[]) args.get(0)).containsExactly(5, 6);
		assertThat(args.get(1)).isEqualTo("text");
		assertThatIllegalArgumentException().isThrownBy(() -> this.support
			.readAckArgs("{\"_placeholder\":true,\"num\":0}".getBytes(StandardCharsets.UTF_8), List.of(), callback));
	}

}
