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
