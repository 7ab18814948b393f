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

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.messages.PacketsMessage;
import com.corundumstudio.socketio.scheduler.SchedulerKey;
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
 * A session in no namespace is forgotten when its websocket closes.
 */
@Sharable
final class FrameAwareWebSocketTransport extends WebSocketTransport {

	private final NettySocketIoParts parts;

	private final EngineIoSessions sessions;

	FrameAwareWebSocketTransport(boolean ssl, AuthorizeHandler authorizeHandler, Configuration configuration,
			NettySocketIoParts parts, EngineIoSessions sessions) {
		super(ssl, authorizeHandler, configuration, parts.scheduler(), parts.clientsBox());
		this.parts = parts;
		this.sessions = sessions;
	}

	/**
	 * Keep a session polling when the websocket that only probed it closes (netty-socketio
	 * ended the session, Engine.IO goes on polling); forget a session in no namespace whose
	 * websocket closed: netty-socketio ends it, but forgets only sessions whose last namespace
	 * disconnects.
	 */
	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		ClientHead client = this.parts.clientsBox().get(ctx.channel());
		if (client != null && this.sessions.isProbe(client, ctx.channel())) {
			this.parts.scheduler().cancel(new SchedulerKey(SchedulerKey.Type.UPGRADE_TIMEOUT, client.getSessionId()));
			this.parts.clientsBox().remove(ctx.channel());
			ctx.fireChannelInactive();
			return;
		}
		super.channelInactive(ctx);
		if (client != null && !client.isConnected()) {
			this.sessions.forget(client);
		}
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
				ctx.channel().close();
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
