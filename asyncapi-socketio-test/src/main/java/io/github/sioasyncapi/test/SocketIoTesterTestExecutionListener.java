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
