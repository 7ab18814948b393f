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

package io.github.sioasyncapi.test;

import io.github.sioasyncapi.test.autoconfigure.AutoConfigureSocketIoTester;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * After each test, the clients of the auto-configured tester are closed, and the test fails if
 * the server sent something the document does not describe, though the test never looked at
 * it. The example test classes run on the JUnit engine here, and only here.
 */
class SocketIoTesterTestExecutionListenerTests {

	@Test
	void aTestFailsWhenTheServerSentWhatTheDocumentDoesNotDescribeThoughTheTestNeverLookedAtIt() {
		Events tests = run(IgnoresARankedEvent.class);
		tests.assertThatEvents()
			.haveExactly(1, event(test("sendsARankTheDocumentDoesNotAllow"), finishedWithFailure(
					instanceOf(AssertionError.class),
					message((text) -> text.contains("received 1 message(s) that do not match the AsyncAPI document")
							&& text.contains("$.rank: does not have a value in the enumeration")))));
	}

	@Test
	void clientsAreClosedAfterEachTest() {
		Events tests = run(LeavesAClientOpen.class);
		assertThat(tests.succeeded().count()).isEqualTo(2);
		tests.assertThatEvents().haveExactly(2, event(finishedSuccessfully()));
	}

	private static Events run(Class<?> example) {
		return EngineTestKit.engine("junit-jupiter")
			.configurationParameter(Example.PARAMETER, "true")
			.selectors(selectClass(example))
			.execute()
			.testEvents();
	}

	/**
	 * Runs an example test class only when {@link #run(Class)} runs it.
	 */
	static final class Example implements ExecutionCondition {

		static final String PARAMETER = "sioasyncapi.tester.examples";

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getConfigurationParameter(PARAMETER).isPresent()
					? ConditionEvaluationResult.enabled("run as an example")
					: ConditionEvaluationResult.disabled("an example, run by " + getClass().getEnclosingClass().getName());
		}

	}

	@ExtendWith(Example.class)
	@SpringBootTest(classes = DocumentMismatchTests.DriftingApplication.class)
	@AutoConfigureSocketIoTester
	static class IgnoresARankedEvent {

		@Autowired
		SocketIoTester tester;

		@Test
		void sendsARankTheDocumentDoesNotAllow() {
			// the ack comes after the event, on the same connection
			this.tester.connect().emitWithAck("rank").hasNoArguments();
		}

	}

	@ExtendWith(Example.class)
	@SpringBootTest(classes = ChatApplication.class)
	@AutoConfigureSocketIoTester
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	static class LeavesAClientOpen {

		static SocketIoTester.Client leftOpen;

		@Autowired
		SocketIoTester tester;

		@Test
		@Order(1)
		void opensAClient() {
			leftOpen = this.tester.mutate().validation(false).build().connect();
			assertThat(leftOpen.isConnected()).isTrue();
		}

		@Test
		@Order(2)
		void findsItClosed() {
			assertThat(leftOpen.isConnected()).isFalse();
		}

	}

}
