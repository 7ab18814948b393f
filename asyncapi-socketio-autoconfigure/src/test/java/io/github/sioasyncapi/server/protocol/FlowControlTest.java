package io.github.sioasyncapi.server.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the flow control against {@link FlowControlTestApp}, with small limits: 8 pending
 * events, 256 KB unsent for at most a second, 4 MB at most. New connections may stay silent for a
 * minute: the first request a cold server reads on a loaded machine took longer than the default
 * 5 s, and the first-data timeout closed it (which is not what these tests are about).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = FlowControlTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.max-pending-events=8",
				"socketio.server.max-outbound-buffer=256KB", "socketio.server.max-outbound-buffer-hard-limit=4MB",
				"socketio.server.slow-consumer-timeout=1s", "socketio.server.first-data-timeout=60s",
				"management.endpoints.web.exposure.include=socketio" })
@interface FlowControlTest {

}
