package io.github.sioasyncapi.benchmarks.starter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark workload on a {@code @SocketIoController}: a Spring Boot web application with the
 * starter, Actuator and Micrometer metrics, every event going through the validating dispatcher.
 * Run it with {@code --socketio.server.port=N}; with {@code --benchmark.exit-when-ready=true} it
 * prints its start-up time and exits (see {@link StartupTimer}).
 */
@SpringBootApplication
public class StarterServer {

	public static void main(String[] args) {
		SpringApplication.run(StarterServer.class, args);
	}

}
