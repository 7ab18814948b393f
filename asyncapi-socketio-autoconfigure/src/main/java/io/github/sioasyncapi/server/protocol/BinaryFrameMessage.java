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

import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import io.netty.buffer.ByteBuf;

/**
 * The content of a binary websocket frame: an Engine.IO binary message (in Socket.IO, an
 * attachment of the packet before it). netty-socketio hands binary and text frames on alike,
 * so the two could not be told apart (an attachment starting with {@code '4'} read as a
 * message packet).
 */
final class BinaryFrameMessage extends PacketsMessage {

	BinaryFrameMessage(ClientHead client, ByteBuf content) {
		super(client, content, Transport.WEBSOCKET);
	}

}
