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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.messages.HttpErrorMessage;
import com.corundumstudio.socketio.scheduler.SchedulerKey;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;

/**
 * Checks the Engine.IO requests before netty-socketio handles them, and answers the bad ones
 * with {@code 400 Bad Request} and Engine.IO's error codes, as the reference server does.
 * netty-socketio:
 * <ul>
 * <li>served a missing or invalid {@code EIO} parameter as Engine.IO 3;</li>
 * <li>opened a session on a {@code POST} (or any method) without a session id;</li>
 * <li>answered an unknown session id with {@code 500} and closed the connection, and still
 * served a session that had timed out, or polls of a session upgraded to websocket;</li>
 * <li>never answered a second poll on a kept-alive connection (its channel stays marked as
 * answered), and left the first of two overlapping polls waiting forever (Engine.IO ends such a
 * session);</li>
 * <li>never closed a session that did not connect to any namespace (Socket.IO's
 * {@code connectTimeout}).</li>
 * </ul>
 */
@Sharable
final class EngineIoRequestValidator extends ChannelInboundHandlerAdapter {

	/** Whether the response to the current request may keep the connection open. */
	static final AttributeKey<Boolean> KEEP_ALIVE = AttributeKey.valueOf("sioasyncapi.keepAlive");

	private final String connectPath;

	private final Configuration configuration;

	private final NettySocketIoParts parts;

	private final EngineIoSessions sessions;

	EngineIoRequestValidator(String connectPath, Configuration configuration, NettySocketIoParts parts,
			EngineIoSessions sessions) {
		this.connectPath = connectPath;
		this.configuration = configuration;
		this.parts = parts;
		this.sessions = sessions;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (!(msg instanceof FullHttpRequest request)) {
			ctx.fireChannelRead(msg);
			return;
		}
		QueryStringDecoder query = new QueryStringDecoder(request.uri());
		if (!query.path().equals(this.connectPath)) {
			ctx.fireChannelRead(msg);
			return;
		}
		Channel channel = ctx.channel();
		channel.attr(KEEP_ALIVE).set(HttpUtil.isKeepAlive(request));
		channel.attr(EncoderHandler.ORIGIN).set(request.headers().get(HttpHeaderNames.ORIGIN));
		if (!"4".equals(parameter(query, "EIO"))) {
			reject(ctx, request, 5, "Unsupported protocol version");
			return;
		}
		Transport transport = transport(parameter(query, "transport"));
		if (transport == null || !this.configuration.getTransports().contains(transport)) {
			reject(ctx, request, 0, "Transport unknown");
			return;
		}
		String sid = parameter(query, "sid");
		if (sid == null) {
			handshake(ctx, request, transport);
			return;
		}
		ClientHead client = session(sid);
		if (client == null) {
			reject(ctx, request, 1, "Session ID unknown");
			return;
		}
		if (transport == Transport.POLLING) {
			if (client.getCurrentTransport() == Transport.WEBSOCKET) {
				// upgraded: polls of the session are over
				reject(ctx, request, 3, "Bad request");
				return;
			}
			if (HttpMethod.GET.equals(request.method()) && this.sessions.poll(client, channel) != null) {
				// a second poll while one waits: Engine.IO ends the session (the waiting poll
				// gets a close packet)
				reject(ctx, request, 3, "Bad request");
				this.sessions.close(client);
				return;
			}
			if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.POST.equals(request.method()) && !HttpMethod.OPTIONS.equals(request.method())) {
				reject(ctx, request, 3, "Bad request");
				return;
			}
		}
		else if (client.getCurrentTransport() == Transport.WEBSOCKET) {
			// a session has at most one websocket: open this one and close it, as Engine.IO does
			openAndClose(ctx, request);
			return;
		}
		boolean poll = transport == Transport.POLLING && HttpMethod.GET.equals(request.method());
		forward(ctx, request, transport);
		if (poll) {
			this.sessions.releasePollIfUpgrading(client);
		}
	}

	/**
	 * Hand a valid request on to netty-socketio. A poll on a kept-alive connection that
	 * answered an earlier poll must be answered too: netty-socketio marks a channel as
	 * answered once and never clears the mark.
	 */
	private static void forward(ChannelHandlerContext ctx, FullHttpRequest request, Transport transport) {
		if (transport == Transport.POLLING && HttpMethod.GET.equals(request.method())) {
			ctx.channel().attr(EncoderHandler.WRITE_ONCE).set(null);
		}
		ctx.fireChannelRead(request);
	}

	private void openAndClose(ChannelHandlerContext ctx, FullHttpRequest request) {
		try {
			WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
					"ws://" + request.headers().get(HttpHeaderNames.HOST) + request.uri(), null, true)
				.newHandshaker(request);
			if (handshaker == null) {
				WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
				return;
			}
			handshaker.handshake(ctx.channel(), request).addListener(ChannelFutureListener.CLOSE);
		}
		finally {
			request.release();
		}
	}

	private void handshake(ChannelHandlerContext ctx, FullHttpRequest request, Transport transport) {
		if (!HttpMethod.GET.equals(request.method())
				&& !(transport == Transport.POLLING && HttpMethod.OPTIONS.equals(request.method()))) {
			reject(ctx, request, 2, "Bad handshake method");
			return;
		}
		ClientHead before = ctx.channel().attr(ClientHead.CLIENT).get();
		forward(ctx, request, transport);
		ClientHead opened = ctx.channel().attr(ClientHead.CLIENT).get();
		if (opened != null && opened != before) {
			this.sessions.awaitConnect(opened);
		}
	}

	/**
	 * The session of an id, {@code null} if there is none or it ended (a ping timeout before
	 * the client connected to a namespace; such a session is forgotten here).
	 */
	private @Nullable ClientHead session(String sid) {
		UUID id;
		try {
			id = UUID.fromString(sid);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		ClientHead client = this.parts.clientsBox().get(id);
		if (client != null && !client.isConnected()) {
			this.sessions.forget(client);
			return null;
		}
		return client;
	}

	private static @Nullable Transport transport(@Nullable String name) {
		if ("polling".equals(name)) {
			return Transport.POLLING;
		}
		return "websocket".equals(name) ? Transport.WEBSOCKET : null;
	}

	private static @Nullable String parameter(QueryStringDecoder query, String name) {
		List<String> values = query.parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private void reject(ChannelHandlerContext ctx, FullHttpRequest request, int code, String message) {
		request.release();
		// the request is answered: netty-socketio's first data timeout must not close the
		// connection (its handshake handler, which cancels it, never sees this request)
		this.parts.scheduler().cancel(new SchedulerKey(SchedulerKey.Type.PING_TIMEOUT, ctx.channel()));
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		ctx.channel().writeAndFlush(new HttpErrorMessage(error));
	}

}
