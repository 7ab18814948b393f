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

package io.github.sioasyncapi.asyncapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.sioasyncapi.asyncapi.golden.GenericsApp;
import io.github.sioasyncapi.asyncapi.golden.MultiArgApp;
import io.github.sioasyncapi.asyncapi.golden.PolymorphicApp;
import io.github.sioasyncapi.asyncapi.golden.SimpleApp;
import io.github.sioasyncapi.asyncapi.golden.SnakeCaseApp;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Info;
import io.github.sioasyncapi.asyncapi.model.OperationAction;
import io.github.sioasyncapi.asyncapi.schema.SchemaGenerator;
import io.github.sioasyncapi.error.DefaultErrorAcks;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiGeneratorTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void documentsAThousandEventsInOnePass() {
		List<Class<?>> types = List.of(SimpleApp.MakeMove.class, SimpleApp.MoveAck.class, SimpleApp.MoveMade.class,
				SimpleApp.GameCreated.class, SimpleApp.Invitation.class, PolymorphicApp.Shape.class,
				PolymorphicApp.Drawing.class, GenericsApp.Category.class, GenericsApp.Schedule.class,
				GenericsApp.PageRequest.class, MultiArgApp.Message.class, SnakeCaseApp.UpdateProfile.class);
		List<SocketIoApi.Namespace> namespaces = new ArrayList<>();
		for (int n = 0; n < 10; n++) {
			List<SocketIoApi.Event> receives = new ArrayList<>();
			List<SocketIoApi.Event> sends = new ArrayList<>();
			for (int e = 0; e < 100; e++) {
				Class<?> payload = types.get((n + e) % types.size());
				Class<?> ack = types.get((n + 2 * e) % types.size());
				SocketIoApi.Event event = new SocketIoApi.Event("event_" + e, "Event " + e, "", List.of(
						new SocketIoApi.Argument(ResolvableType.forClass(payload), true)), ResolvableType.forClass(ack),
						true);
				((e % 2 == 0) ? receives : sends).add(event);
			}
			namespaces.add(new SocketIoApi.Namespace((n == 0) ? "/" : "/ns" + n, receives, sends, List.of()));
		}
		AsyncApiGenerator generator = new AsyncApiGenerator(new SchemaGenerator(this.mapper),
				new ErrorAckDocumentation(this.mapper, new DefaultErrorAcks()));
		SocketIoApi api = new SocketIoApi(namespaces);
		generator.generate(api, info(), Map.of());
		long start = System.nanoTime();
		AsyncApiDocument document = generator.generate(api, info(), Map.of());
		String json = new AsyncApiWriter().toJson(document);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Document of 1,000 events generated and written in " + millis + " ms");
		assertThat(document.getOperations()).hasSize(1000);
		assertThat(document.getOperations().values().stream().filter((o) -> o.getAction() == OperationAction.RECEIVE))
			.hasSize(500);
		assertThat(document.getChannels()).hasSize(10);
		// 1,000 events, 1,000 acks, one error ack
		assertThat(document.getComponents().getMessages()).hasSize(2001);
		assertThat(document.getComponents().getSchemas()).containsKeys("MakeMove", "Shape", "Circle", "Category",
				"ErrorAck");
		assertThat(document.getOperations()).containsKeys("receiveEvent0", "sendEvent1", "receiveNs9Event98");
		DocumentAssertions.assertConsistent(this.mapper.readTree(json));
	}

	private static Info info() {
		Info info = new Info();
		info.setTitle("Big");
		info.setVersion("1.0.0");
		return info;
	}

}
