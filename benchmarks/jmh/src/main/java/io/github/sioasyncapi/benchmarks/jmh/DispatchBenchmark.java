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

package io.github.sioasyncapi.benchmarks.jmh;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.AckRequest;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.protocol.Event;
import com.corundumstudio.socketio.protocol.JacksonJsonSupport;
import com.corundumstudio.socketio.protocol.JsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import io.github.sioasyncapi.benchmarks.raw.RawServer;
import io.github.sioasyncapi.benchmarks.starter.StarterServer;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import io.github.sioasyncapi.handler.PayloadParameter;
import io.github.sioasyncapi.handler.SocketIoHandlerMethod;
import io.github.sioasyncapi.handler.SocketIoHandlerRegistry;
import io.github.sioasyncapi.handler.SocketIoInvocation;
import io.github.sioasyncapi.handler.SocketIoMessage;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.observe.Outcome;
import io.github.sioasyncapi.observe.SocketIoObserver;
import io.github.sioasyncapi.observe.SocketIoObservers;
import io.github.sioasyncapi.validation.RequestValidationException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import jakarta.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The in-process hot path of one {@code make_move} event, without threads or sockets: what a raw
 * netty-socketio listener does (netty-socketio's Jackson decoding into the record, hand-written
 * checks, ack encoding) against what the starter does (decoding straight into the handler's
 * record, validation, invocation through spring-messaging, observers and metrics, ack encoding), and the
 * starter's steps one by one. Both encode the ack into a reused buffer, as the server's encoder
 * would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class DispatchBenchmark {

	private static final String NAMESPACE = "";

	private static final byte[] VALID = "[\"make_move\",{\"game_id\":12,\"x\":1,\"y\":2}]"
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] INVALID = "[\"make_move\",{\"game_id\":12,\"x\":7,\"y\":2}]"
		.getBytes(StandardCharsets.UTF_8);

	private ConfigurableApplicationContext context;

	private JacksonJsonSupport rawJson;

	private SocketIoJsonSupport starterJson;

	private SocketIoHandlerMethod handler;

	private PayloadParameter payload;

	private Validator validator;

	private SocketIoObserver observer;

	private DefaultErrorAcks errorAcks;

	private final ByteBuf in = Unpooled.buffer(256);

	private final ByteBuf out = Unpooled.buffer(1024);

	private SocketIOClient rawClient;

	private SocketIOClient starterClient;

	private List<Object> decodedArguments;

	private Object converted;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.context = new SpringApplicationBuilder(StarterServer.class).web(WebApplicationType.NONE)
			.run("--socketio.server.auto-startup=false", "--logging.level.root=warn");
		this.rawJson = new JacksonJsonSupport();
		this.rawJson.addEventMapping(NAMESPACE, "make_move", RawServer.MakeMove.class);
		this.starterJson = this.context.getBean(SocketIoJsonSupport.class);
		this.handler = this.context.getBean(SocketIoHandlerRegistry.class).getNamespace("/").getEvents()
			.get("make_move");
		this.payload = this.handler.getPayloadParameters().get(0);
		this.starterJson.addEventMapping(NAMESPACE, "make_move", JsonNode.class);
		this.starterJson.addArgumentReaders(NAMESPACE, "make_move", List.of(this.payload.getDirectReader()));
		this.validator = this.context.getBean(Validator.class);
		this.observer = new SocketIoObservers(
				this.context.getBeanProvider(SocketIoObserver.class).orderedStream().toList());
		this.errorAcks = new DefaultErrorAcks();
		this.rawClient = client(this.rawJson);
		this.starterClient = client(this.starterJson);
		this.decodedArguments = decode(this.starterJson, VALID).getArgs();
		this.converted = this.payload.read(invocation(this.decodedArguments));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.context.close();
	}

	/** A client whose {@code send} encodes the packet's data, as netty-socketio's encoder does. */
	private SocketIOClient client(JsonSupport json) {
		UUID sessionId = UUID.randomUUID();
		return (SocketIOClient) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { SocketIOClient.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "send" -> {
							this.out.clear();
							json.writeValue(new ByteBufOutputStream(this.out), ((Packet) args[0]).getData());
							return null;
						}
						case "getSessionId" -> {
							return sessionId;
						}
						case "hashCode" -> {
							return System.identityHashCode(proxy);
						}
						case "equals" -> {
							return proxy == args[0];
						}
						default -> {
							return null;
						}
					}
				});
	}

	private Event decode(JsonSupport json, byte[] packet) throws Exception {
		this.in.clear().writeBytes(packet);
		return json.readValue(NAMESPACE, new ByteBufInputStream(this.in), Event.class);
	}

	private static AckRequest ackRequest(SocketIOClient client) {
		Packet packet = new Packet(PacketType.MESSAGE);
		packet.setSubType(PacketType.EVENT);
		packet.setAckId(1L);
		return new AckRequest(packet, client);
	}

	private SocketIoInvocation invocation(List<Object> arguments) {
		return new SocketIoInvocation(this.starterClient, "/", "make_move", arguments, ackRequest(this.starterClient),
				this.handler);
	}

	private int raw(byte[] packet) throws Exception {
		Event event = decode(this.rawJson, packet);
		RawServer.makeMove(this.rawClient, (RawServer.MakeMove) event.getArgs().get(0), ackRequest(this.rawClient));
		return this.out.writerIndex();
	}

	private int starter(byte[] packet) throws Exception {
		Event event = decode(this.starterJson, packet);
		this.observer.eventReceived("/", "make_move");
		SocketIoInvocation invocation = invocation(event.getArgs());
		Outcome outcome = Outcome.OK;
		try {
			Object ack = this.handler.invoke(new SocketIoMessage(invocation));
			this.handler.validateReturnValue(ack);
			invocation.getAckRequest().sendAckData(Collections.singletonList(ack));
		}
		catch (RequestValidationException ex) {
			outcome = Outcome.INVALID_PAYLOAD;
			this.observer.validationFailed("/", "make_move", "request");
			invocation.getAckRequest().sendAckData(this.errorAcks.forFailure("/", "make_move", ex, true));
		}
		this.observer.eventHandled("/", "make_move", outcome, true, System.nanoTime() - invocation.getStartNanos());
		return this.out.writerIndex();
	}

	/** Raw netty-socketio: decode into the record, check by hand, encode the ack. */
	@Benchmark
	public int rawValid() throws Exception {
		return raw(VALID);
	}

	/** The starter: decode, convert, validate, invoke, observe, encode the ack. */
	@Benchmark
	public int starterValid() throws Exception {
		return starter(VALID);
	}

	/** Raw netty-socketio, an invalid move: the error ack built by hand. */
	@Benchmark
	public int rawInvalid() throws Exception {
		return raw(INVALID);
	}

	/** The starter, an invalid move: the validation exception and the default error ack. */
	@Benchmark
	public int starterInvalid() throws Exception {
		return starter(INVALID);
	}

	/** Step: netty-socketio's decoding of the event into the record. */
	@Benchmark
	public Object stepRawDecode() throws Exception {
		return decode(this.rawJson, VALID);
	}

	/** Step: the starter's decoding of the event straight into the handler's record. */
	@Benchmark
	public Object stepStarterDecode() throws Exception {
		return decode(this.starterJson, VALID);
	}

	/** Step: Bean Validation of the record. */
	@Benchmark
	public Object stepValidate() {
		return this.validator.validate(this.converted);
	}

	/** Step: argument resolution, validation and invocation through spring-messaging. */
	@Benchmark
	public Object stepInvoke() throws Exception {
		return this.handler.invoke(new SocketIoMessage(invocation(this.decodedArguments)));
	}

	/** Step: the observers (statistics and Micrometer metrics) of one event. */
	@Benchmark
	public void stepObserve() {
		this.observer.eventReceived("/", "make_move");
		this.observer.eventHandled("/", "make_move", Outcome.OK, true, 1_000);
	}

}
