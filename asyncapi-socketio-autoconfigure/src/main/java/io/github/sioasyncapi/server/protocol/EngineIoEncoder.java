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
import java.util.Base64;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.handler.ClientsBox;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.messages.HttpErrorMessage;
import com.corundumstudio.socketio.messages.OutPacketMessage;
import com.corundumstudio.socketio.messages.XHROptionsMessage;
import com.corundumstudio.socketio.messages.XHRPostMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Engine.IO packets and HTTP responses, in place of netty-socketio's
 * {@code EncoderHandler} and {@code PacketEncoder}, which:
 * <ul>
 * <li>closed the connection after every HTTP response, even when it announced
 * {@code Connection: keep-alive} (clients that reuse connections had their next request
 * reset); here a response keeps the connection open unless the request asked otherwise;</li>
 * <li>sent binary attachments with a leading {@code 0x04} byte (Engine.IO 3's framing) over
 * websocket, and in Engine.IO 3's length-prefixed framing over polling; here they are bare
 * binary frames over websocket and {@code b<base64>} packets over polling, as Engine.IO 4
 * has them;</li>
 * <li>turned an event packet into a binary one in place when writing it, so that the same
 * packet broadcast to a second client was written without its payload; here packets are
 * never changed (see {@link PacketEncoding});</li>
 * <li>closed websockets without a close frame (clients that do not write may not notice);
 * here a websocket is closed with a close frame, whoever closes it, except a slow consumer's
 * (see {@link #closeNow(Channel)});</li>
 * <li>left {@code maxPayload} out of the handshake;</li>
 * <li>refused a handshake that the authorization listener (the allowed origins included) did
 * not allow with an empty {@code 401}, which reads like a bad token; here it is
 * {@code 403} with Engine.IO's error {@code {"code":4,"message":"Forbidden"}}, as the
 * reference server answers requests its {@code allowRequest} refuses;</li>
 * <li>kept no account of what it wrote; here the packets come encoded from the session's
 * {@link OutboundQueue}, and the session's {@link ClientFlow} counts them until they are
 * written to the socket.</li>
 * </ul>
 */
@Sharable
final class EngineIoEncoder extends ChannelOutboundHandlerAdapter {

	/** Written to a poll's connection to answer the poll with a noop packet, if it waits. */
	static final Object RELEASE_POLL = new Object();

	private static final byte SEPARATOR = 0x1e;

	private static final byte[] NOOP = { '6' };

	private static final AttributeKey<Boolean> CLOSE_FRAME_SENT = AttributeKey.valueOf("sioasyncapi.closeFrameSent");

	private static final byte[] OK = "ok".getBytes(StandardCharsets.UTF_8);

	private static final byte[] FORBIDDEN = "{\"code\":4,\"message\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8);

	private final Configuration configuration;

	private final JsonMapper protocolMapper = JsonMapper.builder().build();

	private final ClientsBox clientsBox;

	EngineIoEncoder(Configuration configuration, ClientsBox clientsBox) {
		this.configuration = configuration;
		this.clientsBox = clientsBox;
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof OutPacketMessage packets) {
			if (packets.getTransport() == Transport.WEBSOCKET) {
				writeFrames(ctx, packets, promise);
			}
			else {
				writePoll(ctx, packets, promise);
			}
		}
		else if (msg == RELEASE_POLL) {
			if (ctx.channel().attr(EncoderHandler.WRITE_ONCE).compareAndSet(null, true)) {
				respond(ctx, HttpResponseStatus.OK, "text/plain; charset=UTF-8", Unpooled.wrappedBuffer(NOOP), promise);
			}
			else {
				promise.trySuccess();
			}
		}
		else if (msg instanceof XHRPostMessage) {
			respond(ctx, HttpResponseStatus.OK, "text/html", Unpooled.wrappedBuffer(OK), promise);
		}
		else if (msg instanceof XHROptionsMessage) {
			respond(ctx, HttpResponseStatus.OK, "text/html", Unpooled.EMPTY_BUFFER, promise);
		}
		else if (msg instanceof CloseWebSocketFrame) {
			// netty-socketio answers the client's close frame: no second one when closing
			ctx.channel().attr(CLOSE_FRAME_SENT).set(true);
			super.write(ctx, msg, promise);
		}
		else if (msg instanceof HttpResponse response && !(msg instanceof FullHttpResponse)
				&& HttpResponseStatus.UNAUTHORIZED.equals(response.status())) {
			// netty-socketio's AuthorizeHandler refusing a handshake (and closing the connection)
			respond(ctx, HttpResponseStatus.FORBIDDEN, "application/json", Unpooled.wrappedBuffer(FORBIDDEN), promise);
		}
		else if (msg instanceof HttpErrorMessage error) {
			respond(ctx, HttpResponseStatus.BAD_REQUEST, "application/json",
					Unpooled.wrappedBuffer(this.protocolMapper.writeValueAsBytes(error.getData())), promise);
		}
		else {
			super.write(ctx, msg, promise);
		}
	}

	@Override
	public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
		Attribute<Boolean> closing = ctx.channel().attr(CLOSE_FRAME_SENT);
		if (ctx.pipeline().get(WebSocketFrameEncoder.class) != null && closing.compareAndSet(null, true)
				&& ctx.channel().isActive()) {
			ctx.writeAndFlush(new CloseWebSocketFrame()).addListener((written) -> ctx.close(promise));
			return;
		}
		ctx.close(promise);
	}

	/**
	 * Close a connection at once: a websocket without a close frame, which a client that does
	 * not read would never get, and which would wait behind everything it did not read.
	 * @param channel the connection
	 */
	static void closeNow(Channel channel) {
		channel.attr(CLOSE_FRAME_SENT).set(true);
		channel.close();
	}

	private void writeFrames(ChannelHandlerContext ctx, OutPacketMessage message, ChannelPromise promise) {
		OutboundQueue queue = outboundQueue(message.getClientHead(), Transport.WEBSOCKET);
		ClientFlow flow = queue.flow();
		flow.websocket(ctx.channel());
		ChannelFuture last = null;
		long bytes = 0;
		EncodedPacket packet;
		while ((packet = queue.pollEncoded()) != null) {
			last = ctx.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(packet.text())));
			for (byte[] attachment : packet.attachments()) {
				last = ctx.write(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(attachment)));
			}
			bytes += packet.size();
		}
		ctx.flush();
		if (last == null) {
			promise.trySuccess();
			return;
		}
		long written = bytes;
		last.addListener((done) -> {
			// written to the socket, or dropped with the connection
			flow.outboundWritten(written);
			if (done.isSuccess()) {
				promise.trySuccess();
			}
			else {
				promise.tryFailure(done.cause());
			}
		});
	}

	private void writePoll(ChannelHandlerContext ctx, OutPacketMessage message, ChannelPromise promise) {
		Channel channel = ctx.channel();
		Attribute<Boolean> answered = channel.attr(EncoderHandler.WRITE_ONCE);
		OutboundQueue queue = outboundQueue(message.getClientHead(), Transport.POLLING);
		// a kept-alive connection may carry the polls of another session by now: a session
		// writes only to a connection no other session polls on
		ClientHead owner = this.clientsBox.get(channel);
		boolean ownPoll = owner == null || owner == message.getClientHead();
		if (!channel.isActive() || !ownPoll || queue.isEmpty() || !answered.compareAndSet(null, true)) {
			promise.trySuccess();
			return;
		}
		ByteBuf payload = ctx.alloc().buffer();
		long bytes = 0;
		EncodedPacket packet;
		while ((packet = queue.pollEncoded()) != null) {
			if (payload.isReadable()) {
				payload.writeByte(SEPARATOR);
			}
			payload.writeBytes(packet.text());
			for (byte[] attachment : packet.attachments()) {
				payload.writeByte(SEPARATOR).writeByte('b');
				payload.writeBytes(Base64.getEncoder().encode(attachment));
			}
			bytes += packet.size();
		}
		long written = bytes;
		ClientFlow flow = queue.flow();
		respond(ctx, HttpResponseStatus.OK, "text/plain; charset=UTF-8", payload, promise)
			.addListener((done) -> flow.outboundWritten(written));
	}

	/**
	 * The queue of a session's packets for a transport: always an {@link OutboundQueue}, which
	 * {@link FlowControlledClientsBox} gives every session.
	 */
	private static OutboundQueue outboundQueue(ClientHead client, Transport transport) {
		return (OutboundQueue) client.getPacketsQueue(transport);
	}

	private ChannelFuture respond(ChannelHandlerContext ctx, HttpResponseStatus status, String contentType,
			ByteBuf body, ChannelPromise promise) {
		Channel channel = ctx.channel();
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
		response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
		HttpUtil.setContentLength(response, body.readableBytes());
		addCorsHeaders(channel.attr(EncoderHandler.ORIGIN).get(), response);
		boolean keepAlive = Boolean.TRUE.equals(channel.attr(EngineIoRequestValidator.KEEP_ALIVE).get());
		HttpUtil.setKeepAlive(response, keepAlive);
		ChannelFuture written = ctx.writeAndFlush(response, promise);
		if (!keepAlive) {
			written.addListener(ChannelFutureListener.CLOSE);
		}
		return written;
	}

	private void addCorsHeaders(@Nullable String origin, FullHttpResponse response) {
		if (!this.configuration.isEnableCors()) {
			return;
		}
		String allowed = (this.configuration.getOrigin() != null) ? this.configuration.getOrigin() : origin;
		if (allowed != null) {
			response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
			response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, Boolean.TRUE);
		}
		else {
			response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		if (this.configuration.getAllowHeaders() != null) {
			response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, this.configuration.getAllowHeaders());
		}
	}

}
