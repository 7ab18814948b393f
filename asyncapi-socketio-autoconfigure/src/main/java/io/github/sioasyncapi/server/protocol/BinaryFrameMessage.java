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
