package io.github.sioasyncapi.handler;

import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.github.sioasyncapi.test.SocketIoTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "socketio.server.port=0")
class SmokeTests {

	@Value("${local.socketio.server.port}")
	int port;

	record Move(int x, int y) {
	}

	@Test
	void echo() {
		try (SocketIoTestClient client = SocketIoTestClient.connect(this.port)) {
			assertThat(client.emitWithAck("echo", "{\"x\":1,\"y\":2}").toString()).isEqualTo("[{\"x\":1,\"y\":2}]");
			assertThat(client.emitWithAck("echo", "{\"x\":1.5,\"y\":2}").toString()).contains("invalid_payload");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(EchoController.class)
	static class App {

	}

	@SocketIoController
	static class EchoController {

		@OnEvent("echo")
		Move echo(Move move) {
			return move;
		}

	}

}
