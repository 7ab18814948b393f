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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Prints how long the JVM took to get the application ready ({@code startup_ms=N}: JVM start to
 * {@link ApplicationReadyEvent}, Socket.IO server bound), the CPU time the process, the main
 * thread (which publishes the event) and the JIT compiler threads had used by then, and, with
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
		// the main thread's share is the start-up's own work, which varies least with other processes;
		// the compiler threads compete with it for the processors
		System.out.println("startup_main_cpu_ms="
				+ ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " startup_jit_cpu_ms="
				+ compilerCpuMillis());
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (context.getEnvironment().getProperty("benchmark.exit-when-ready", Boolean.class, false)) {
			long closing = System.nanoTime();
			context.close();
			System.out.println("shutdown_ms=" + (System.nanoTime() - closing) / 1_000_000);
		}
	}

	/**
	 * The CPU time of the JIT compiler threads ({@code C1}, {@code C2} in {@code /proc/self/task}),
	 * or -1 where there is no such file system.
	 */
	static long compilerCpuMillis() {
		long ticks = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : tasks.toList()) {
				String stat = Files.readString(task.resolve("stat"));
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
					// utime and stime, fields 14 and 15, in clock ticks of 10 ms
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		return ticks * 10;
	}

}
