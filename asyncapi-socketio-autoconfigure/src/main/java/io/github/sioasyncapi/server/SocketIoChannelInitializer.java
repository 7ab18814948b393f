package io.github.sioasyncapi.server;

import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.messages.PacketsMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;

/**
 * netty-socketio's channel initializer plus one handler: a namespace {@code CONNECT} packet
 * without auth data gets an empty auth object ({@code {}}). netty-socketio only consults its
 * auth token listeners when auth data is present, so without this a client could skip a
 * connect guard by sending no auth at all.
 */
public class SocketIoChannelInitializer extends SocketIOChannelInitializer {

	/** The name of the handler in the channel pipeline. */
	public static final String CONNECT_AUTH_DEFAULTS = "connectAuthDefaults";

	@Override
	protected void addSocketioHandlers(ChannelPipeline pipeline) {
		super.addSocketioHandlers(pipeline);
		pipeline.addBefore(PACKET_HANDLER, CONNECT_AUTH_DEFAULTS, ConnectAuthDefaults.INSTANCE);
	}

	@Sharable
	static final class ConnectAuthDefaults extends ChannelInboundHandlerAdapter {

		static final ConnectAuthDefaults INSTANCE = new ConnectAuthDefaults();

		private static final byte SEPARATOR = 0x1e;

		private static final byte[] EMPTY_AUTH = { '{', '}' };

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			if (msg instanceof PacketsMessage packets && needsAuth(packets.getContent())) {
				ByteBuf rewritten = withEmptyAuth(packets.getContent());
				try {
					ctx.fireChannelRead(new PacketsMessage(packets.getClient(), rewritten, packets.getTransport()));
				}
				finally {
					rewritten.release();
				}
				return;
			}
			ctx.fireChannelRead(msg);
		}

		/**
		 * Whether any packet of the payload is a CONNECT without data: {@code 40} or
		 * {@code 40/nsp,}.
		 */
		static boolean needsAuth(ByteBuf content) {
			int start = content.readerIndex();
			int end = content.writerIndex();
			while (start < end) {
				int separator = content.indexOf(start, end, SEPARATOR);
				int packetEnd = (separator >= 0) ? separator : end;
				if (isConnectWithoutAuth(content, start, packetEnd)) {
					return true;
				}
				start = packetEnd + 1;
			}
			return false;
		}

		private static boolean isConnectWithoutAuth(ByteBuf content, int start, int end) {
			int length = end - start;
			if (length < 2 || content.getByte(start) != '4' || content.getByte(start + 1) != '0') {
				return false;
			}
			if (length == 2) {
				return true;
			}
			return content.getByte(start + 2) == '/' && content.getByte(end - 1) == ','
					&& content.indexOf(start + 2, end - 1, (byte) ',') < 0;
		}

		private static ByteBuf withEmptyAuth(ByteBuf content) {
			ByteBuf out = Unpooled.buffer(content.readableBytes() + 8);
			int start = content.readerIndex();
			int end = content.writerIndex();
			while (start < end) {
				int separator = content.indexOf(start, end, SEPARATOR);
				int packetEnd = (separator >= 0) ? separator : end;
				out.writeBytes(content, start, packetEnd - start);
				if (isConnectWithoutAuth(content, start, packetEnd)) {
					out.writeBytes(EMPTY_AUTH);
				}
				if (separator >= 0) {
					out.writeByte(SEPARATOR);
				}
				start = packetEnd + 1;
			}
			return out;
		}

	}

}
