package io.github.sioasyncapi.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.corundumstudio.socketio.AckCallback;
import com.corundumstudio.socketio.MultiTypeAckCallback;
import com.corundumstudio.socketio.protocol.AckArgs;
import com.corundumstudio.socketio.protocol.AuthPacket;
import com.corundumstudio.socketio.protocol.ConnPacket;
import com.corundumstudio.socketio.protocol.Event;
import com.corundumstudio.socketio.protocol.JsonSupport;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.StringNode;

/**
 * netty-socketio {@link JsonSupport} backed by the application's Jackson {@link JsonMapper}, so
 * that {@code spring.jackson.*} settings apply to everything the application sends and receives.
 * <p>Event arguments are decoded once into {@link JsonNode} trees; handlers convert them to
 * their parameter types (which is where conversion errors become {@code invalid_payload}
 * errors). Listeners registered directly on netty-socketio with explicit classes still get
 * converted values. An event no listener is registered for is delivered under the
 * {@link #UNKNOWN_EVENT} name with its original name as first argument, and an event packet
 * that is not valid JSON under the {@link #MALFORMED_EVENT} name with a description of the
 * problem, so that both can be answered instead of silently dropped.
 * <p>Engine.IO protocol objects are written with a plain mapper, so that naming strategies
 * never change the handshake. Packets are read and written on Netty's event-loop threads, so
 * the payload mapper keeps its parsing and writing buffers per thread (see
 * {@link PacketMapperBuilder}).
 */
public class SocketIoJsonSupport implements JsonSupport {

	/**
	 * The name under which events without a registered listener are delivered; the first
	 * argument is the original event name.
	 */
	public static final String UNKNOWN_EVENT = "\u0000unknown-event";

	/**
	 * The name under which event packets that cannot be read are delivered; the only argument
	 * describes the problem.
	 */
	public static final String MALFORMED_EVENT = "\u0000malformed-event";

	private static final List<Class<?>> TREE = List.of(JsonNode.class);

	private final ObjectMapper mapper;

	private final ObjectMapper protocolMapper = JsonMapper.builder().build();

	private final BinaryPlaceholderModule binaryPlaceholders = new BinaryPlaceholderModule();

	private final Map<EventKey, List<Class<?>>> eventMappings = new ConcurrentHashMap<>();

	/**
	 * Create a JSON support that reads and writes payloads with the given mapper.
	 * @param applicationMapper the application's JSON mapper
	 */
	public SocketIoJsonSupport(JsonMapper applicationMapper) {
		this.mapper = new PacketMapperBuilder(applicationMapper).addModule(this.binaryPlaceholders).build();
	}

	/**
	 * The mapper used for payloads: the application's, able to send {@code byte[]} as
	 * Socket.IO binary attachments.
	 * @return the payload mapper
	 */
	public ObjectMapper getMapper() {
		return this.mapper;
	}

	@Override
	public void addEventMapping(String namespaceName, String eventName, Class<?>... eventClass) {
		this.eventMappings.put(new EventKey(namespaceName, eventName), List.of(eventClass));
	}

	@Override
	public void removeEventMapping(String namespaceName, String eventName) {
		this.eventMappings.remove(new EventKey(namespaceName, eventName));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T readValue(String namespaceName, ByteBufInputStream src, Class<T> valueType) {
		if (valueType == Event.class) {
			return (T) readEvent(namespaceName, src);
		}
		return this.mapper.readValue((InputStream) src, valueType);
	}

	private Event readEvent(String namespaceName, InputStream src) {
		JsonNode packet;
		try {
			packet = this.mapper.readTree(src);
		}
		catch (JacksonException ex) {
			return malformed("is not valid JSON: " + withoutLocation(ex.getOriginalMessage()));
		}
		if (!(packet instanceof ArrayNode array) || array.isEmpty() || !array.get(0).isString()) {
			return malformed("must be an array that starts with the event name");
		}
		String name = array.get(0).stringValue();
		List<Class<?>> mapping = mappingFor(namespaceName, name);
		List<Object> args = new ArrayList<>(array.size());
		if (mapping == null) {
			args.add(StringNode.valueOf(name));
			addArguments(array, TREE, args);
			return new Event(UNKNOWN_EVENT, args);
		}
		addArguments(array, mapping, args);
		return new Event(name, args);
	}

	private static String withoutLocation(String message) {
		int source = message.indexOf("[Source:");
		if (source < 0) {
			return message;
		}
		int parenthesis = message.lastIndexOf(" (", source);
		return message.substring(0, (parenthesis >= 0) ? parenthesis : source).trim();
	}

	private static Event malformed(String problem) {
		return new Event(MALFORMED_EVENT, List.of(StringNode.valueOf(problem)));
	}

	private List<Class<?>> mappingFor(String namespaceName, String eventName) {
		return this.eventMappings.get(new EventKey(namespaceName, eventName));
	}

	private void addArguments(ArrayNode packet, List<Class<?>> mapping, List<Object> args) {
		boolean tree = TREE.equals(mapping);
		for (int i = 1; i < packet.size(); i++) {
			JsonNode arg = packet.get(i);
			if (tree) {
				args.add(arg);
			}
			else if (i <= mapping.size()) {
				args.add(this.mapper.treeToValue(arg, mapping.get(i - 1)));
			}
		}
	}

	@Override
	public AckArgs readAckArgs(ByteBufInputStream src, AckCallback<?> callback) {
		JsonNode values = this.mapper.readTree((InputStream) src);
		List<Object> args = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			args.add(convert(values.get(i), resultClass(callback, i)));
		}
		return new AckArgs(args);
	}

	private static Class<?> resultClass(AckCallback<?> callback, int index) {
		if (callback instanceof MultiTypeAckCallback multiType) {
			Class<?>[] classes = multiType.getResultClasses();
			return (index < classes.length) ? classes[index] : Object.class;
		}
		return callback.getResultClass();
	}

	private Object convert(JsonNode value, Class<?> type) {
		if (JsonNode.class.isAssignableFrom(type)) {
			return value;
		}
		return this.mapper.treeToValue(value, type);
	}

	@Override
	public void writeValue(ByteBufOutputStream out, Object value) {
		this.binaryPlaceholders.clear();
		if (value instanceof AuthPacket || value instanceof ConnPacket) {
			this.protocolMapper.writeValue((OutputStream) out, value);
		}
		else {
			this.mapper.writeValue((OutputStream) out, value);
		}
	}

	@Override
	public List<byte[]> getArrays() {
		return this.binaryPlaceholders.arrays();
	}

	private record EventKey(String namespace, String event) {
	}

	@Override
	public String toString() {
		return "SocketIoJsonSupport" + Arrays.asList(this.mapper.registeredModules());
	}

}
