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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import io.netty.util.concurrent.FastThreadLocal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * netty-socketio {@link JsonSupport} backed by the application's Jackson {@link JsonMapper}, so
 * that {@code spring.jackson.*} settings apply to everything the application sends and receives.
 * <p>Event arguments are decoded once: straight into the handler's parameter types where the
 * dispatcher registered {@linkplain #addArgumentReaders readers}, into {@link JsonNode} trees
 * otherwise, and into trees again when an argument does not fit its type, so that the handler
 * converts them and reports the problem as an {@code invalid_payload} error. Listeners
 * registered directly on netty-socketio with explicit classes still get converted values. An
 * event no listener is registered for is delivered under the
 * {@link #UNKNOWN_EVENT} name with its original name as first argument, and an event packet
 * that is not valid JSON under the {@link #MALFORMED_EVENT} name with a description of the
 * problem, so that both can be answered instead of silently dropped.
 * <p>Payloads are read strictly: no {@code null} for primitives, no fractional numbers for
 * integers and, unless turned off, no conversions between scalar types, so that what is
 * accepted is what the AsyncAPI document describes (see {@link PacketMapperBuilder}).
 * <p>Engine.IO protocol objects are written with a plain mapper, so that naming strategies
 * never change the handshake. Packets are read and written on Netty's event-loop threads, so
 * the payload mapper keeps its parsing and writing buffers per thread (see
 * {@link PacketMapperBuilder}).
 *
 * @since 0.1.0
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

	private static final Object NOT_MAPPED = new Object();

	private final ObjectMapper mapper;

	private final ObjectMapper protocolMapper = JsonMapper.builder().build();

	private final FastThreadLocal<List<byte[]>> attachments = new FastThreadLocal<>() {

		@Override
		protected List<byte[]> initialValue() {
			return new ArrayList<>();
		}

	};

	private final ObjectReader argumentReader;

	private final ObjectReader exactTreeReader;

	private final Map<String, Map<String, EventArguments>> eventMappings = new ConcurrentHashMap<>();

	/** Whether values of a class are written with a type id ({@code @JsonTypeInfo}, default typing). */
	private final ClassValue<Boolean> typeIds = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			ObjectMapper mapper = SocketIoJsonSupport.this.mapper;
			return mapper._serializationContext().findTypeSerializer(mapper.constructType(type)) != null;
		}

	};

	/**
	 * Create a JSON support that reads and writes payloads with the given mapper, with strict
	 * scalars.
	 * @param applicationMapper the application's JSON mapper
	 */
	public SocketIoJsonSupport(JsonMapper applicationMapper) {
		this(applicationMapper, true);
	}

	/**
	 * Create a JSON support that reads and writes payloads with the given mapper.
	 * @param applicationMapper the application's JSON mapper
	 * @param strictScalars whether payloads are read without conversions between scalar types
	 * (a JSON string is not a number, a number or boolean is not a string, a number is not a
	 * date), or with the application mapper's coercion settings
	 */
	public SocketIoJsonSupport(JsonMapper applicationMapper, boolean strictScalars) {
		this.mapper = new PacketMapperBuilder(applicationMapper, strictScalars).addModule(new ConstructorCreatorModule())
			.build();
		this.argumentReader = this.mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.exactTreeReader = this.argumentReader.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/**
	 * The mapper used for payloads: the application's (binary values are turned into Socket.IO
	 * attachments when packets are written, not by the mapper).
	 * @return the payload mapper
	 */
	public ObjectMapper getMapper() {
		return this.mapper;
	}

	@Override
	public void addEventMapping(String namespaceName, String eventName, Class<?>... eventClass) {
		boolean tree = TREE.equals(List.of(eventClass));
		List<ObjectReader> classReaders = tree ? List.of()
				: Arrays.stream(eventClass).map(this.argumentReader::forType).toList();
		this.eventMappings.computeIfAbsent(namespaceName, (name) -> new ConcurrentHashMap<>())
			.put(eventName, new EventArguments(tree, classReaders, List.of(), null));
	}

	@Override
	public void removeEventMapping(String namespaceName, String eventName) {
		Map<String, EventArguments> events = this.eventMappings.get(namespaceName);
		if (events != null) {
			events.remove(eventName);
		}
	}

	/**
	 * Read the arguments of an event whose listener takes JSON trees straight into the types of
	 * the handler's parameters while the packet is decoded, instead of into trees first. An
	 * argument that is {@code null} stays a tree; when any argument cannot be read with its
	 * reader, the whole event is delivered as trees again, so that the handler reports the
	 * problem. Arguments read this way are delivered as {@link DecodedArgument}s. Events whose
	 * listener does not take trees (or that have no listener) are left as they are.
	 * @param namespaceName the namespace
	 * @param eventName the event, registered with {@code JsonNode} arguments
	 * @param readers a reader per argument position, {@code null} for arguments to keep as trees
	 */
	public void addArgumentReaders(String namespaceName, String eventName, List<@Nullable ObjectReader> readers) {
		addArgumentReaders(namespaceName, eventName, readers, null);
	}

	/**
	 * Read the arguments of an event straight into the types of the handler's parameters, as
	 * {@link #addArgumentReaders(String, String, List)} does, and the arguments after them
	 * with one more reader: the element reader of a parameter that collects the remaining
	 * arguments.
	 * @param namespaceName the namespace
	 * @param eventName the event, registered with {@code JsonNode} arguments
	 * @param readers a reader per argument position, {@code null} for arguments to keep as trees
	 * @param remaining the reader of every argument after those, or {@code null} to keep them as
	 * trees
	 */
	public void addArgumentReaders(String namespaceName, String eventName, List<@Nullable ObjectReader> readers,
			@Nullable ObjectReader remaining) {
		Map<String, EventArguments> events = this.eventMappings.get(namespaceName);
		if (events != null) {
			events.computeIfPresent(eventName, (name, mapped) -> mapped.tree() ? new EventArguments(true, List.of(),
					inArray(readers), (remaining != null) ? inArray(remaining) : null) : mapped);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T readValue(String namespaceName, ByteBufInputStream src, Class<T> valueType) {
		if (valueType == Event.class) {
			return (T) readEvent(namespaceName, src);
		}
		return this.mapper.readValue((InputStream) src, valueType);
	}

	private Event readEvent(String namespaceName, ByteBufInputStream src) {
		byte[] packet;
		try {
			packet = new byte[src.available()];
			src.readFully(packet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return readEvent(namespaceName, packet);
	}

	/**
	 * Read the JSON array of an event packet, with the binary attachments that followed it.
	 * Placeholders ({@code {"_placeholder":true,"num":n}}) become binary tree nodes, so that
	 * handlers get {@code byte[]} values (or binary {@link JsonNode}s); the arguments of such an
	 * event are delivered as trees.
	 * @param namespaceName the namespace
	 * @param packet the JSON array
	 * @param attachments the attachments, in order
	 * @return the event, {@link #MALFORMED_EVENT} if the packet cannot be read
	 */
	public Event readEvent(String namespaceName, byte[] packet, List<byte[]> attachments) {
		if (attachments.isEmpty()) {
			return readEvent(namespaceName, packet);
		}
		JsonNode tree;
		try {
			tree = this.mapper.readTree(packet);
		}
		catch (JacksonException ex) {
			return malformed("is not valid JSON: " + withoutLocation(ex.getOriginalMessage()));
		}
		if (!(tree instanceof ArrayNode array) || array.isEmpty() || !array.get(0).isString()) {
			return malformed("must be an array that starts with the event name");
		}
		if (!resolvePlaceholders(array, attachments)) {
			return malformed("refers to a binary attachment that was not sent");
		}
		String name = array.get(0).stringValue();
		EventArguments arguments = argumentsFor(namespaceName, name);
		List<Object> args = new ArrayList<>(array.size());
		if (arguments == null) {
			args.add(StringNode.valueOf(name));
		}
		for (int position = 0; position < array.size() - 1; position++) {
			JsonNode value = array.get(position + 1);
			if (arguments == null || arguments.tree()) {
				args.add(value);
			}
			else {
				ObjectReader classReader = arguments.classReader(position);
				if (classReader != null) {
					args.add(classReader.readValue(value));
				}
			}
		}
		return new Event((arguments != null) ? name : UNKNOWN_EVENT, args);
	}

	private Event readEvent(String namespaceName, byte[] packet) {
		try {
			Event event = readEvent(namespaceName, packet, true);
			if (event != null) {
				return event;
			}
		}
		catch (RuntimeException ex) {
			// not valid JSON, or an argument the handler's type cannot take (a custom deserializer
			// may throw anything): read it again into trees, and the handler reports it
		}
		try {
			Event event = readEvent(namespaceName, packet, false);
			return (event != null) ? event : malformed(packet, null);
		}
		catch (JacksonException ex) {
			return malformed(packet, ex);
		}
	}

	/**
	 * Read the packet in one pass: arguments with a reader (if wanted) straight into their
	 * handler parameter's type, the arguments of listeners with classes into those classes, all
	 * others into trees.
	 * @return the event, or {@code null} if the packet does not have the shape of an event
	 */
	private @Nullable Event readEvent(String namespaceName, byte[] packet, boolean withReaders) {
		try (JsonParser parser = this.mapper.createParser(packet)) {
			if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_STRING) {
				return null;
			}
			String name = parser.getString();
			EventArguments arguments = argumentsFor(namespaceName, name);
			List<Object> args = new ArrayList<>(4);
			if (arguments == null) {
				args.add(StringNode.valueOf(name));
			}
			for (int position = 0; parser.nextToken() != JsonToken.END_ARRAY; position++) {
				if (!parser.hasCurrentToken()) {
					return null;
				}
				ObjectReader reader = (withReaders && arguments != null) ? arguments.handlerReader(position) : null;
				Object arg = readArgument(parser, packet, arguments, reader, position, withReaders);
				if (arg != NOT_MAPPED) {
					args.add(arg);
				}
			}
			if (parser.nextToken() != null) {
				return null;
			}
			return new Event((arguments != null) ? name : UNKNOWN_EVENT, args);
		}
	}

	/**
	 * Read one argument. Trees read again after an argument did not fit its type keep numbers
	 * exactly ({@code BigDecimal}), so that converting them fails the same way.
	 */
	private Object readArgument(JsonParser parser, byte[] packet, @Nullable EventArguments arguments,
			@Nullable ObjectReader reader, int position, boolean firstPass) {
		long start = parser.currentTokenLocation().getByteOffset();
		// byte offsets are unknown (-1) in UTF-16 and UTF-32 packets: such arguments stay trees
		if (reader != null && parser.currentToken() != JsonToken.VALUE_NULL && start >= 0) {
			Object value = reader.readValue(parser);
			long end = parser.currentLocation().getByteOffset();
			return new DecodedArgument(value, packet, (int) start, (int) (end - start), this.mapper);
		}
		if (arguments == null || arguments.tree()) {
			return (firstPass ? this.argumentReader : this.exactTreeReader).readTree(parser);
		}
		ObjectReader classReader = arguments.classReader(position);
		if (classReader == null) {
			parser.skipChildren();
			return NOT_MAPPED;
		}
		return classReader.readValue(parser);
	}

	/**
	 * The event that describes what is wrong with a packet that could not be read.
	 * @param failure why reading it failed, if it threw: rethrown when the packet is a
	 * well-formed event, since then the classes of a listener registered directly on
	 * netty-socketio did not fit, which netty-socketio reports itself
	 */
	private Event malformed(byte[] packet, @Nullable JacksonException failure) {
		JsonNode tree;
		try {
			tree = this.mapper.readTree(packet);
		}
		catch (JacksonException ex) {
			return malformed("is not valid JSON: " + withoutLocation(ex.getOriginalMessage()));
		}
		if (failure != null && tree instanceof ArrayNode array && !array.isEmpty() && array.get(0).isString()) {
			throw failure;
		}
		return malformed("must be an array that starts with the event name");
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

	/**
	 * The readers, made to read one value of the packet's array and leave the rest.
	 */
	private static List<@Nullable ObjectReader> inArray(List<@Nullable ObjectReader> readers) {
		List<@Nullable ObjectReader> inArray = new ArrayList<>(readers.size());
		for (ObjectReader reader : readers) {
			inArray.add((reader != null) ? inArray(reader) : null);
		}
		return Collections.unmodifiableList(inArray);
	}

	private static ObjectReader inArray(ObjectReader reader) {
		return reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	private @Nullable EventArguments argumentsFor(String namespaceName, String eventName) {
		Map<String, EventArguments> events = this.eventMappings.get(namespaceName);
		return (events != null) ? events.get(eventName) : null;
	}

	@Override
	public AckArgs readAckArgs(ByteBufInputStream src, AckCallback<?> callback) {
		return toAckArgs(this.mapper.readTree((InputStream) src), callback);
	}

	/**
	 * Read the JSON array of an acknowledgement packet, with the binary attachments that
	 * followed it (see {@link #readEvent(String, byte[], List)}).
	 * @param packet the JSON array
	 * @param attachments the attachments, in order
	 * @param callback the callback waiting for the acknowledgement
	 * @return the arguments
	 * @throws IllegalArgumentException if the packet is not a JSON array with the attachments
	 * it refers to
	 */
	public AckArgs readAckArgs(byte[] packet, List<byte[]> attachments, AckCallback<?> callback) {
		JsonNode values = this.mapper.readTree(packet);
		if (!values.isArray() || !resolvePlaceholders(values, attachments)) {
			throw new IllegalArgumentException("Acknowledgement packet is not an array with its attachments");
		}
		return toAckArgs(values, callback);
	}

	private AckArgs toAckArgs(JsonNode values, AckCallback<?> callback) {
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

	/**
	 * Replace the placeholders of binary attachments in a tree by binary nodes.
	 * @return {@code false} if a placeholder refers to an attachment that does not exist
	 */
	private static boolean resolvePlaceholders(JsonNode container, List<byte[]> attachments) {
		if (container instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode resolved = resolve(array.get(i), attachments);
				if (resolved == null) {
					return false;
				}
				array.set(i, resolved);
			}
		}
		else if (container instanceof ObjectNode object) {
			for (String property : new ArrayList<>(object.propertyNames())) {
				JsonNode resolved = resolve(object.get(property), attachments);
				if (resolved == null) {
					return false;
				}
				object.set(property, resolved);
			}
		}
		return true;
	}

	private static @Nullable JsonNode resolve(JsonNode node, List<byte[]> attachments) {
		if (node instanceof ObjectNode object && object.path("_placeholder").asBoolean(false)
				&& object.path("num").isInt()) {
			int num = object.get("num").intValue();
			return (num >= 0 && num < attachments.size()) ? BinaryNode.valueOf(attachments.get(num)) : null;
		}
		if (node.isContainer()) {
			return resolvePlaceholders(node, attachments) ? node : null;
		}
		return node;
	}

	@Override
	public void writeValue(ByteBufOutputStream out, Object value) {
		List<byte[]> arrays = this.attachments.get();
		arrays.clear();
		if (value instanceof AuthPacket || value instanceof ConnPacket) {
			this.protocolMapper.writeValue((OutputStream) out, value);
		}
		else if (value instanceof List<?> values && values.stream().anyMatch(this::hasTypeId)) {
			writeArguments((OutputStream) out, values, arrays);
		}
		else {
			try (JsonGenerator generator = new BinaryPlaceholderGenerator(
					this.mapper.createGenerator((OutputStream) out), arrays)) {
				this.mapper.writeValue(generator, value);
			}
		}
	}

	private boolean hasTypeId(@Nullable Object value) {
		return value != null && this.typeIds.get(value.getClass());
	}

	/**
	 * Write the arguments of an event or ack each as a value of its own, as it would be written
	 * alone: an element of a {@code List<Object>} is written without the type id of its
	 * {@code @JsonTypeInfo} class, which the client needs to read it back.
	 */
	private void writeArguments(OutputStream out, List<?> values, List<byte[]> arrays) {
		try (JsonGenerator generator = new BinaryPlaceholderGenerator(this.mapper.createGenerator(out), arrays)) {
			generator.writeStartArray();
			for (Object value : values) {
				this.mapper.writeValue(generator, value);
			}
			generator.writeEndArray();
		}
	}

	@Override
	public List<byte[]> getArrays() {
		return this.attachments.get();
	}

	/**
	 * How the arguments of an event are read: as trees, or with the readers of its listener's
	 * classes; and the readers that take arguments straight into a handler's parameter types,
	 * the last one for all remaining arguments when the handler collects them.
	 */
	private record EventArguments(boolean tree, List<ObjectReader> classReaders,
			List<@Nullable ObjectReader> handlerReaders, @Nullable ObjectReader remainingReader) {

		@Nullable ObjectReader classReader(int position) {
			return (position < this.classReaders.size()) ? this.classReaders.get(position) : null;
		}

		@Nullable ObjectReader handlerReader(int position) {
			return (position < this.handlerReaders.size()) ? this.handlerReaders.get(position) : this.remainingReader;
		}

	}

	@Override
	public String toString() {
		return "SocketIoJsonSupport" + Arrays.asList(this.mapper.registeredModules());
	}

}
