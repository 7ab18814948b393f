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

package io.github.sioasyncapi.test.autoconfigure.slice;

import io.github.sioasyncapi.asyncapi.AsyncApiDocumentProvider;
import io.github.sioasyncapi.server.SocketIoServerLifecycle;
import io.github.sioasyncapi.test.SocketIoTester;
import io.github.sioasyncapi.test.autoconfigure.SocketIoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SocketIoTest @SocketIoTest} starts the Socket.IO side only: the named controller, the
 * advice, the starter with its document, on a random port; no web server, no other beans.
 */
@SocketIoTest(GreetingController.class)
class SocketIoTestTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SocketIoTester tester;

	@Test
	void onlyTheSocketIoSideOfTheApplicationStarts() {
		assertThat(this.context).isNotInstanceOf(WebApplicationContext.class);
		assertThat(this.context.getBeanNamesForType(GreetingController.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(GreetingAdvice.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(OtherController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(AuditService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(GreetingsWebController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(AsyncApiDocumentProvider.class)).hasSize(1);
		assertThat(this.context.getEnvironment().getProperty("local.server.port")).isNull();
		assertThat(this.context.getEnvironment().getProperty(SocketIoServerLifecycle.LOCAL_PORT_PROPERTY, Integer.class))
			.isNotEqualTo(9092);
	}

	@Test
	void theControllerAndItsAdviceAnswerThroughTheTester() {
		SocketIoTester.Client client = this.tester.connect();
		assertThat(client.emitWithAck("greet", new GreetingController.Greeting("ann")).as(GreetingController.Greeted.class))
			.isEqualTo(new GreetingController.Greeted("Hello, ann"));
		assertThat(client.emitWithAck("greet", new GreetingController.Greeting("nobody"))
			.as(GreetingController.Greeted.class)).isEqualTo(new GreetingController.Greeted("(nobody to greet)"));
		client.emitWithAck("greet", SocketIoTester.json("{}")).isError().hasViolationPaths("name");
	}

}
