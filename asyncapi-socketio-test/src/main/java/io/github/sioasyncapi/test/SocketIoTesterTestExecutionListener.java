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

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Closes the clients of the application's {@link SocketIoTester} beans (and of the testers
 * mutated from them) after each test method, and fails the test if one of them received an ack
 * or event that does not match the AsyncAPI document and the test did not look at.
 */
final class SocketIoTesterTestExecutionListener extends AbstractTestExecutionListener {

	/**
	 * After a test, this listener runs before
	 * {@link org.springframework.test.context.support.DirtiesContextTestExecutionListener} closes
	 * a dirty context (listeners with a higher order run their {@code after} callbacks first).
	 */
	private static final int ORDER = 5000;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(SocketIoTester.class).orderedStream().forEach((tester) -> {
			if (tester instanceof DefaultSocketIoTester ours) {
				ours.closeClients();
			}
		});
	}

}
