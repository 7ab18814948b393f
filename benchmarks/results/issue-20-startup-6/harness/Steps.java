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

// Measurement harness of the sixth start-up round (benchmarks/README.md), kept with its results; not part of the build.
// javac -cp "benchmarks/starter-server/target/lib/*" -d DIR Steps.java; java -cp "DIR:<application class path>" Steps <main class> [arguments]
import java.util.*;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/** Runs a Boot main class with BufferingApplicationStartup and prints each step's self time, start and end (ms since JVM start). */
public class Steps {
	static double cpu(StartupStep s) {
		String a = null, b = null;
		for (StartupStep.Tag t : s.getTags()) { if (t.getKey().equals("cpu0")) a = t.getValue(); if (t.getKey().equals("cpu1")) b = t.getValue(); }
		return (a == null || b == null) ? 0 : (Long.parseLong(b) - Long.parseLong(a)) / 1e6;
	}
	public static void main(String[] args) throws Exception {
		Class<?> main = Class.forName(args[0]);
		SpringApplication app = new SpringApplication(main);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100000);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		app.setApplicationStartup(new org.springframework.core.metrics.ApplicationStartup() {
			public StartupStep start(String name) {
				StartupStep step = startup.start(name);
				if (Thread.currentThread().getName().equals("main")) step.tag("cpu0", Long.toString(threads.getCurrentThreadCpuTime()));
				return new StartupStep() {
					public String getName() { return step.getName(); }
					public long getId() { return step.getId(); }
					public Long getParentId() { return step.getParentId(); }
					public StartupStep tag(String k, String v) { step.tag(k, v); return this; }
					public StartupStep tag(String k, java.util.function.Supplier<String> v) { step.tag(k, v); return this; }
					public Tags getTags() { return step.getTags(); }
					public void end() {
						if (Thread.currentThread().getName().equals("main")) step.tag("cpu1", Long.toString(threads.getCurrentThreadCpuTime()));
						step.end();
					}
				};
			}
		});
		long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		ConfigurableApplicationContext ctx = app.run(Arrays.copyOfRange(args, 1, args.length));
		System.out.println("JVMSTART\t" + jvmStart);
		System.out.println("MAINCPU\t" + java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
		java.util.Map<String, Long> groups = new java.util.TreeMap<>();
		for (java.io.File task : new java.io.File("/proc/self/task").listFiles()) {
			try {
				String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
				String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
				String g = comm.startsWith("C1") ? "C1" : comm.startsWith("C2") ? "C2" : comm.startsWith("G1") || comm.startsWith("GC") ? "GC" : comm.equals("java") ? "main" : "other";
				groups.merge(g, ticks * 10, Long::sum);
			} catch (Exception ex) { }
		}
		System.out.println("THREADCPU\t" + groups);
		StartupTimeline tl = startup.getBufferedTimeline();
		Map<Long, Double> child = new HashMap<>();
		Map<Long, Double> childCpu = new HashMap<>();
		List<StartupTimeline.TimelineEvent> events = tl.getEvents();
		for (var e : events) {
			Long p = e.getStartupStep().getParentId();
			if (p != null) child.merge(p, e.getDuration().toNanos() / 1e6, Double::sum);
			if (p != null) childCpu.merge(p, cpu(e.getStartupStep()), Double::sum);
		}
		for (var e : events) {
			StartupStep s = e.getStartupStep();
			String name = s.getName();
			for (StartupStep.Tag t : s.getTags()) {
				if (t.getKey().equals("beanName")) name += " " + t.getValue();
			}
			double total = e.getDuration().toNanos() / 1e6;
			double self = total - child.getOrDefault(s.getId(), 0.0);
			double selfCpu = cpu(s) - childCpu.getOrDefault(s.getId(), 0.0);
			System.out.printf("STEP\t%.1f\t%.1f\t%d\t%d\t%d\t%s\t%.1f%n", self, total, e.getStartTime().toEpochMilli() - jvmStart,
					e.getEndTime().toEpochMilli() - jvmStart, s.getId(), name, selfCpu);
		}
		if (System.getProperty("beans") != null) {
			for (String n : ctx.getBeanFactory().getBeanDefinitionNames()) {
				var bd = ctx.getBeanFactory().getBeanDefinition(n);
				System.out.println("BEAN\t" + n + "\t" + bd.getBeanClassName() + "\t" + bd.getFactoryBeanName() + "\t" + bd.getResourceDescription());
			}
		}
		ctx.close();
		System.exit(0);
	}
}
