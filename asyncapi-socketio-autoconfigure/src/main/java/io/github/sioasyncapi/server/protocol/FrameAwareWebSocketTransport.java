package io.github.sioasyncapi.server.protocol;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.transport.WebSocketTransport;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * netty-socketio's websocket transport, except that binary frames are handed on as
 * {@link BinaryFrameMessage}s: netty-socketio hands text and binary frames on alike, and
 * Engine.IO 4 sends binary messages as bare binary frames, with no type prefix to tell them by.
 */
@Sharable
final class FrameAwareWebSocketTransport extends WebSocketTransport {

	private final NettySocketIoParts parts;

	FrameAwareWebSocketTransport(boolean ssl, AuthorizeHandler authorizeHandler, Configuration configuration,
			NettySocketIoParts parts) {
		super(ssl, authorizeHandler, configuration, parts.scheduler(), parts.clientsBox());
		this.parts = parts;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (!(msg instanceof TextWebSocketFrame) && !(msg instanceof BinaryWebSocketFrame)) {
			super.channelRead(ctx, msg);
			return;
		}
		WebSocketFrame frame = (WebSocketFrame) msg;
		try {
			ClientHead client = this.parts.clientsBox().get(ctx.channel());
			if (client == null) {
				EngineIoSessions.closeWebSocket(ctx.channel());
				return;
			}
			PacketsMessage message = (frame instanceof BinaryWebSocketFrame)
					? new BinaryFrameMessage(client, frame.content())
					: new PacketsMessage(client, frame.content(), Transport.WEBSOCKET);
			ctx.pipeline().fireChannelRead(message);
		}
		finally {
			frame.release();
		}
	}

}
