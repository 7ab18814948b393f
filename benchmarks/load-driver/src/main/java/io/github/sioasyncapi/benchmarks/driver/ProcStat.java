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

package io.github.sioasyncapi.benchmarks.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's {@code /proc} tells about a process: its CPU time and peak resident memory.
 */
final class ProcStat {

	/** Clock ticks per second of {@code /proc/<pid>/stat}, {@code getconf CLK_TCK}: 100 on Linux. */
	private static final long TICKS_PER_SECOND = 100;

	private ProcStat() {
	}

	/**
	 * The CPU time a process has used, user and system.
	 * @param pid the process id, or {@code "self"}
	 * @return the CPU time in milliseconds, or {@code -1} if it cannot be read
	 */
	static long cpuMillis(String pid) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			// the command name in parentheses may contain spaces: count fields after its end
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 1000 / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * A memory figure of {@code /proc/<pid>/status}, such as {@code VmHWM} (peak RSS).
	 * @param pid the process id, or {@code "self"}
	 * @param field the field name
	 * @return the value in kB, or {@code -1} if it cannot be read
	 */
	static long statusKb(String pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
				}
			}
			return -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
