package io.github.sioasyncapi.web;

/**
 * The document endpoints and the viewer of a Spring MVC application on a real servlet
 * container.
 */
class AsyncApiViewerServerTests extends AbstractAsyncApiServerTests {

	@Override
	String[] webProperties() {
		return new String[] { "spring.main.web-application-type=servlet", "server.servlet.context-path=/ctx" };
	}

}
