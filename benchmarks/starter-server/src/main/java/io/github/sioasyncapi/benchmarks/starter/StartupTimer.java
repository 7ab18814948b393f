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

import java.lang.management.ManagementFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Prints how long the JVM took to get the application ready ({@code startup_ms=N}: JVM start to
 * {@link ApplicationReadyEvent}, Socket.IO server bound) and, with
 * {@code benchmark.exit-when-ready=true}, closes the application and prints how long that took
 * ({@code shutdown_ms=N}).
 */
@Component
class StartupTimer implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		System.out.println("startup_ms=" + uptime);
		// CPU time and classes too: on a busy machine they vary less than the elapsed time
		System.out.println("startup_cpu_ms=" + ((com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000 + " classes="
				+ ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (context.getEnvironment().getProperty("benchmark.exit-when-ready", Boolean.class, false)) {
			long closing = System.nanoTime();
			context.close();
			System.out.println("shutdown_ms=" + (System.nanoTime() - closing) / 1_000_000);
		}
	}

}
