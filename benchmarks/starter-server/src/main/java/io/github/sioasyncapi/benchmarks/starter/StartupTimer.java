package io.github.sioasyncapi.benchmarks.starter;

import java.lang.management.ManagementFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Prints how long the JVM took to get the application ready ({@code startup_ms=N}: JVM start to
 * {@link ApplicationReadyEvent}, Socket.IO server bound) and, with
 * {@code benchmark.exit-when-ready=true}, closes the application.
 */
@Component
class StartupTimer implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		System.out.println("startup_ms=" + uptime);
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (context.getEnvironment().getProperty("benchmark.exit-when-ready", Boolean.class, false)) {
			context.close();
		}
	}

}
