package io.github.sioasyncapi.handler;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.corundumstudio.socketio.SocketIOClient;
import io.github.sioasyncapi.annotation.OnConnect;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.handler.support.ClientArgumentResolver;
import io.github.sioasyncapi.json.SocketIoJsonSupport;
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
 * payload mapper can read: otherwise start-up fails, naming the parameter.
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
