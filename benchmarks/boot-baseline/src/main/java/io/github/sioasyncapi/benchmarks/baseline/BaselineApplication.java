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

package io.github.sioasyncapi.benchmarks.baseline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * The start-up baseline: the benchmark's starter server application (web, Actuator, metrics) with
 * the same properties, without the starter and its controller. Prints {@code startup_ms=N} (JVM
 * start to {@link ApplicationReadyEvent}), the CPU time of the process, of the main thread and of
 * the JIT compiler threads by then, as the starter server's {@code StartupTimer} does, and, with {@code benchmark.exit-when-ready=true}, closes the application and prints how long that took
 * ({@code shutdown_ms=N}).
 */
@SpringBootApplication
public class BaselineApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		System.out.println("startup_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
		// CPU time and classes too: on a busy machine they vary less than the elapsed time
		System.out.println("startup_cpu_ms=" + ((com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000 + " classes="
				+ ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
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
