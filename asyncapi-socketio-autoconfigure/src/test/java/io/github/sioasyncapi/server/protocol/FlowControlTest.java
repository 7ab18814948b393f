package io.github.sioasyncapi.server.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the flow control against {@link FlowControlTestApp}, with small limits: 8 pending
 * events, 256 KB unsent for at most a second, 4 MB at most.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = FlowControlTestApp.class,
		properties = { "socketio.server.port=0", "socketio.server.max-pending-events=8",
				"socketio.server.max-outbound-buffer=256KB", "socketio.server.max-outbound-buffer-hard-limit=4MB",
				"socketio.server.slow-consumer-timeout=1s", "management.endpoints.web.exposure.include=socketio" })
@interface FlowControlTest {

}
