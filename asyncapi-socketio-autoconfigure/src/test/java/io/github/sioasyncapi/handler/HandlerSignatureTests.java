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

package io.github.sioasyncapi.handler;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.AckArguments;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.RemainingArguments;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.handler.support.ClientArgumentResolver;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
import io.github.sioasyncapi.validation.ConstraintValidation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A parameter is a payload when no argument resolver supports it, so it must be of a type the
 * payload mapper can read: otherwise start-up fails, naming the parameter. So do remaining
 * arguments that cannot work, and acknowledgements of several arguments that are no records.
 */
class HandlerSignatureTests {

	private final JsonMapper mapper = (JsonMapper) new SocketIoJsonSupport(JsonMapper.builder().build()).getMapper();

	@Test
	void aParameterThatIsNeitherInjectableNorReadableFailsNamingIt() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()),
				null);
		assertThatIllegalStateException().isThrownBy(() -> registry.registerController(new WhoAmI(), WhoAmI.class))
			.withMessageContaining("WhoAmI#whoami parameter 'principal' (java.security.Principal)")
			.withMessageContaining("neither injected")
			.withMessageContaining("abstract");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new GuardedByPrincipal(), GuardedByPrincipal.class))
			.withMessageContaining("GuardedByPrincipal#connect parameter 'principal'");
		assertThatIllegalStateException().isThrownBy(() -> registry.registerController(new NoCreator(), NoCreator.class))
			.withMessageContaining("NoCreator#take parameter 'session' (" + Session.class.getName() + ")")
			.withMessageContaining("no constructor");
	}

	@Test
	void aParameterAResolverSupportsIsNoPayload() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper,
				List.of(new ClientArgumentResolver(), new PrincipalResolver()), null);
		registry.registerController(new WhoAmI(), WhoAmI.class);
		SocketIoHandlerMethod handler = registry.getNamespace("/").getEvents().get("whoami");
		assertThat(handler.getPayloadParameters()).isEmpty();
	}

	@Test
	void payloadsOfEveryReadableKindAreAccepted() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()),
				null);
		registry.registerController(new Readable(), Readable.class);
		assertThat(registry.getNamespace("/").getEvents().get("everything").getPayloadParameters()).hasSize(5);
	}

	@Test
	void varargsAndRemainingArgumentsListsCollectTheRemainingArguments() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()),
				validation());
		registry.registerController(new Remaining(), Remaining.class);
		Map<String, SocketIoHandlerMethod> events = registry.getNamespace("/").getEvents();
		List<PayloadParameter> tag = events.get("tag").getPayloadParameters();
		assertThat(tag).extracting(PayloadParameter::isRemaining).containsExactly(false, true);
		assertThat(tag.get(1).getArgumentType().resolve()).isEqualTo(String.class);
		assertThat(tag.get(1).getPosition()).isEqualTo(1);
		PayloadParameter labels = events.get("label").getPayloadParameters().get(0);
		assertThat(labels.isRemaining()).isTrue();
		assertThat(labels.getArgumentType().resolve()).isEqualTo(String.class);
		// a List without @RemainingArguments is one argument, a JSON array
		assertThat(events.get("names").getPayloadParameters()).singleElement()
			.satisfies((names) -> assertThat(names.isRemaining()).isFalse());
	}

	@Test
	void unusableRemainingArgumentsFailNamingTheParameter() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()),
				validation());
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new ConstrainedVarargs(), ConstrainedVarargs.class))
			.withMessageContaining("ConstrainedVarargs#tag parameter 'tags' (String...)")
			.withMessageContaining("@NotBlank")
			.withMessageContaining("declare @RemainingArguments List<@NotBlank String> tags");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new RemainingNotLast(), RemainingNotLast.class))
			.withMessageContaining("RemainingNotLast#tag parameter 'tags' is @RemainingArguments, but not the last");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new RemainingNotAList(), RemainingNotAList.class))
			.withMessageContaining("RemainingNotAList#tag parameter 'tags' is @RemainingArguments, but not a List");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new VarargsGuard(), VarargsGuard.class))
			.withMessageContaining("VarargsGuard#connect parameter 'tokens' collects the remaining arguments of an event");
		// without validation nothing checks the constraint, so nothing fails
		new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()), null)
			.registerController(new ConstrainedVarargs(), ConstrainedVarargs.class);
	}

	@Test
	void ackArgumentsAreRecordsThatHandlersReturn() {
		SocketIoHandlerRegistry registry = new SocketIoHandlerRegistry(this.mapper, List.of(new ClientArgumentResolver()),
				validation());
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new NotARecordAck(), NotARecordAck.class))
			.withMessageContaining("NotARecordAck#where: ")
			.withMessageContaining("is annotated with @AckArguments, but is not a record");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new AckArgumentsPayload(), AckArgumentsPayload.class))
			.withMessageContaining("AckArgumentsPayload#take parameter 'pair' is an @AckArguments record");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new AckArgumentsEmit(), AckArgumentsEmit.class))
			.withMessageContaining("AckArgumentsEmit @Emits(event = \"pair\"): payload Pair is an @AckArguments record");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new UntypedAckArguments(), UntypedAckArguments.class))
			.withMessageContaining("UntypedAckArguments#pair documents an untyped acknowledgement");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new OptionalAckArguments(), OptionalAckArguments.class))
			.withMessageContaining("OptionalAckArguments#pair returns Optional<Pair>, an @AckArguments record, "
					+ "which has no null form");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new NullableAckArguments(), NullableAckArguments.class))
			.withMessageContaining("NullableAckArguments#pair returns a @Nullable Pair");
		assertThatIllegalStateException()
			.isThrownBy(() -> registry.registerController(new EmptyAckArguments(), EmptyAckArguments.class))
			.withMessageContaining("is an @AckArguments record without components: return void");
	}

	private ConstraintValidation validation() {
		return new ConstraintValidation(Validation.buildDefaultValidatorFactory().getValidator(), this.mapper);
	}

	@SocketIoController
	static class Remaining {

		@OnEvent("tag")
		void tag(String room, SocketIOClient client, @Size(max = 3) String... tags) {
		}

		@OnEvent("label")
		void label(@RemainingArguments List<@NotBlank String> labels, SocketIOClient client) {
		}

		@OnEvent("names")
		void names(List<@NotBlank String> names) {
		}

	}

	@SocketIoController
	static class ConstrainedVarargs {

		@OnEvent("tag")
		void tag(String room, @NotBlank String... tags) {
		}

	}

	@SocketIoController
	static class RemainingNotLast {

		@OnEvent("tag")
		void tag(@RemainingArguments List<String> tags, String room) {
		}

	}

	@SocketIoController
	static class RemainingNotAList {

		@OnEvent("tag")
		void tag(@RemainingArguments java.util.Set<String> tags) {
		}

	}

	@SocketIoController
	static class VarargsGuard {

		@OnConnect
		boolean connect(String... tokens) {
			return true;
		}

	}

	@AckArguments
	static class NotARecord {

	}

	@AckArguments
	record Pair(String left, String right) {
	}

	@SocketIoController
	static class NotARecordAck {

		@OnEvent("where")
		NotARecord where() {
			return new NotARecord();
		}

	}

	@SocketIoController
	static class AckArgumentsPayload {

		@OnEvent("take")
		void take(Pair pair) {
		}

	}

	@SocketIoController
	@Emits(event = "pair", payload = Pair.class)
	static class AckArgumentsEmit {

	}

	@SocketIoController
	static class UntypedAckArguments {

		@OnEvent(value = "pair", ack = Pair.class)
		Map<String, String> pair() {
			return Map.of();
		}

	}

	@SocketIoController
	static class OptionalAckArguments {

		@OnEvent("pair")
		java.util.Optional<Pair> pair() {
			return java.util.Optional.empty();
		}

	}

	@SocketIoController
	static class NullableAckArguments {

		@OnEvent("pair")
		@Nullable Pair pair() {
			return null;
		}

	}

	@AckArguments
	record Nothing() {
	}

	@SocketIoController
	static class EmptyAckArguments {

		@OnEvent("nothing")
		Nothing nothing() {
			return new Nothing();
		}

	}

	@SocketIoController
	static class WhoAmI {

		@OnEvent("whoami")
		String whoami(Principal principal, SocketIOClient client) {
			return principal.getName();
		}

	}

	@SocketIoController
	static class GuardedByPrincipal {

		@OnConnect
		boolean connect(Principal principal) {
			return principal != null;
		}

	}

	@SocketIoController
	static class NoCreator {

		@OnEvent("take")
		void take(Session session) {
		}

	}

	static final class Session {

		private final String id;

		private Session(String id, long created) {
			this.id = id + created;
		}

		String id() {
			return this.id;
		}

	}

	@SocketIoController
	static class Readable {

		@OnEvent("everything")
		void everything(List<String> names, Map<String, Integer> scores, JsonNode any, java.util.Optional<Integer> count,
				@Nullable Object untyped) {
		}

	}

	static class PrincipalResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return Principal.class.isAssignableFrom(parameter.getParameterType());
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
			return null;
		}

	}

}
