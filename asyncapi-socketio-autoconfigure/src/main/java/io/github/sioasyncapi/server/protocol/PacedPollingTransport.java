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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.corundumstudio.socketio.handler.AuthorizeHandler;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.messages.HttpErrorMessage;
import com.corundumstudio.socketio.messages.XHRPostMessage;
import com.corundumstudio.socketio.protocol.PacketDecoder;
import com.corundumstudio.socketio.transport.PollingTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;

/**
 * netty-socketio's long-polling transport, except for the packets a client sends
 * ({@code POST}): netty-socketio answered a {@code POST} before reading it, so a client could
 * send as fast as the server read, however far behind its handlers were. Here the
 * {@link EngineIoPacketHandler} reads the packets first, and the {@code POST} is answered once
 * its last packet is read: while the session's {@link ClientFlow} is paused, the rest waits, and
 * so does the client (its next {@code POST} follows the answer). A {@code POST} that arrives
 * while another of the session waits ends the session, as Engine.IO ends it.
 */
@Sharable
final class PacedPollingTransport extends PollingTransport {

	private final ClientsBox clientsBox;

	private final EngineIoPacketHandler packets;

	private final ClientFlows flows;

	private final EngineIoSessions sessions;

	PacedPollingTransport(PacketDecoder decoder, AuthorizeHandler authorizeHandler, ClientsBox clientsBox,
			EngineIoPacketHandler packets, ClientFlows flows, EngineIoSessions sessions) {
		super(decoder, authorizeHandler, clientsBox);
		this.clientsBox = clientsBox;
		this.packets = packets;
		this.flows = flows;
		this.sessions = sessions;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		ClientHead client = (msg instanceof FullHttpRequest request) ? postingClient(request) : null;
		if (client == null) {
			super.channelRead(ctx, msg);
			return;
		}
		FullHttpRequest request = (FullHttpRequest) msg;
		try {
			onPost(ctx.channel(), client, request.content().toString(StandardCharsets.UTF_8));
		}
		finally {
			request.release();
		}
	}

	/**
	 * The session of a long-polling {@code POST}, {@code null} for other requests (and for
	 * unknown sessions, which netty-socketio answers).
	 */
	private @Nullable ClientHead postingClient(FullHttpRequest request) {
		if (!HttpMethod.POST.equals(request.method())) {
			return null;
		}
		QueryStringDecoder query = new QueryStringDecoder(request.uri());
		List<String> transport = query.parameters().get("transport");
		List<String> sid = query.parameters().get("sid");
		if (transport == null || !NAME.equals(transport.get(0)) || sid == null
				|| query.parameters().containsKey("disconnect")) {
			return null;
		}
		try {
			return this.clientsBox.get(UUID.fromString(sid.get(0)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void onPost(Channel channel, ClientHead client, String payload) {
		ClientFlow flow = this.flows.get(client);
		if (flow != null && flow.isPostHeld()) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", 3);
			error.put("message", "Bad request");
			channel.writeAndFlush(new HttpErrorMessage(error));
			this.sessions.close(client);
			return;
		}
		if (this.packets.readPost(channel, client, payload)) {
			answer(channel, client);
		}
	}

	/**
	 * Answer a {@code POST} whose packets were all read.
	 * @param channel the connection of the {@code POST}
	 * @param client the session
	 */
	static void answer(Channel channel, ClientHead client) {
		channel.writeAndFlush(new XHRPostMessage(channel.attr(EncoderHandler.ORIGIN).get(), client.getSessionId()));
	}

}
