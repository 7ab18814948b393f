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
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

/**
 * Summarizes a results directory of {@code run.sh} as Markdown tables: for each load scenario and
 * server the median over the rounds with the spread (min–max), and the ratio of the starter
 * server to the raw one computed round by round (the servers ran alternately, A B A B), then its
 * median and spread. Also the isolation, idle-connection, document and start-up figures.
 * <p>File names: {@code <scenario>.<server>.r<round>.d<n>.properties} from the drivers,
 * {@code <scenario>.<server>.r<round>.server.properties} with the server's peak RSS,
 * {@code idle.<server>.r<round>.properties}, {@code startup.<app>.r<round>.properties},
 * {@code document.r<round>.properties}. Argument: the directory.
 */
public final class Report {

	static final String RAW = "raw";

	static final String STARTER = "starter";

	private final Path directory;

	private final StringBuilder out = new StringBuilder();

	private Report(Path directory) {
		this.directory = directory;
	}

	public static void main(String[] args) throws IOException {
		Report report = new Report(Path.of(args[0]));
		report.load("throughput", "50 clients × 4 in flight");
		report.load("many", "200 clients × 1 in flight");
		report.isolation();
		report.idle();
		report.document();
		report.startup();
		System.out.print(report.out);
	}

	private void load(String scenario, String title) throws IOException {
		Map<Integer, LoadRun> raw = loadRuns(scenario, RAW);
		Map<Integer, LoadRun> starter = loadRuns(scenario, STARTER);
		if (raw.isEmpty() && starter.isEmpty()) {
			return;
		}
		this.out.append("\n### ").append(title).append(" (").append(scenario).append(")\n\n");
		this.out.append("| | raw netty-socketio (A) | @SocketIoController (B) | B/A or B−A, per round |\n");
		this.out.append("|---|---|---|---|\n");
		row("acks/s", raw, starter, LoadRun::acksPerSecond, "%.0f", true);
		row("p50 latency (ms)", raw, starter, (run) -> run.percentile(50), "%.2f", false);
		row("p90 latency (ms)", raw, starter, (run) -> run.percentile(90), "%.2f", false);
		row("p99 latency (ms)", raw, starter, (run) -> run.percentile(99), "%.2f", false);
		row("max latency (ms)", raw, starter, (run) -> run.percentile(100), "%.1f", false);
		row("server CPU ms per 1,000 acks", raw, starter, LoadRun::serverCpuPerThousand, "%.1f", true);
		row("peak RSS (MB)", raw, starter, (run) -> run.peakRssKb / 1024.0, "%.0f", true);
		row("driver CPU (% of one core)", raw, starter, LoadRun::driverCpuPercent, "%.0f", null);
		row("wrong or lost acks", raw, starter, (run) -> (double) run.wrong, "%.0f", null);
		this.out.append("\nRounds: ").append(raw.size()).append(" × A, ").append(starter.size()).append(" × B.\n");
	}

	private void row(String name, Map<Integer, LoadRun> raw, Map<Integer, LoadRun> starter,
			Function<LoadRun, Double> metric, String format, Boolean ratio) {
		List<Double> a = raw.values().stream().map(metric).toList();
		List<Double> b = starter.values().stream().map(metric).toList();
		String compared = "";
		if (ratio != null) {
			List<Double> perRound = new ArrayList<>();
			for (Map.Entry<Integer, LoadRun> entry : raw.entrySet()) {
				LoadRun other = starter.get(entry.getKey());
				if (other != null) {
					double x = metric.apply(entry.getValue());
					double y = metric.apply(other);
					perRound.add(ratio ? y / x : y - x);
				}
			}
			compared = ratio ? spread(perRound, "%.3f×") : spread(perRound, "%+.2f");
		}
		this.out.append("| ").append(name).append(" | ").append(spread(a, format)).append(" | ")
			.append(spread(b, format)).append(" | ").append(compared).append(" |\n");
	}

	private void isolation() throws IOException {
		Map<String, Map<Integer, LoadRun>> runs = new TreeMap<>();
		for (String server : List.of(RAW, STARTER)) {
			runs.put(server + ".base", loadRuns("isolation-base", server));
			runs.put(server + ".slow", loadRuns("isolation-slow", server));
		}
		if (runs.values().stream().allMatch(Map::isEmpty)) {
			return;
		}
		this.out.append("\n### Slow-handler isolation (isolation-base, isolation-slow)\n\n");
		this.out.append("50 clients × 1 `make_move` in flight, alone and next to 4 clients each keeping one `slow` ")
			.append("event (200 ms sleep) in flight.\n\n");
		this.out.append("| server | `make_move` p99 alone (ms) | p99 next to slow handlers (ms) | p99 change per round (ms) ")
			.append("| acks/s alone | acks/s next to slow handlers |\n|---|---|---|---|---|---|\n");
		for (String server : List.of(RAW, STARTER)) {
			Map<Integer, LoadRun> base = runs.get(server + ".base");
			Map<Integer, LoadRun> slow = runs.get(server + ".slow");
			List<Double> change = new ArrayList<>();
			base.forEach((round, run) -> {
				if (slow.containsKey(round)) {
					change.add(slow.get(round).percentile(99) - run.percentile(99));
				}
			});
			this.out.append("| ").append(server.equals(RAW) ? "raw netty-socketio" : "@SocketIoController").append(" | ")
				.append(spread(values(base, (run) -> run.percentile(99)), "%.2f")).append(" | ")
				.append(spread(values(slow, (run) -> run.percentile(99)), "%.2f")).append(" | ")
				.append(spread(change, "%+.2f")).append(" | ")
				.append(spread(values(base, LoadRun::acksPerSecond), "%.0f")).append(" | ")
				.append(spread(values(slow, LoadRun::acksPerSecond), "%.0f")).append(" |\n");
		}
	}

	private void idle() throws IOException {
		Map<Integer, Properties> raw = rounds("idle." + RAW);
		Map<Integer, Properties> starter = rounds("idle." + STARTER);
		if (raw.isEmpty() && starter.isEmpty()) {
			return;
		}
		this.out.append("\n### Idle connections (idle)\n\n");
		this.out.append("| | raw netty-socketio (A) | @SocketIoController (B) | B/A per round |\n|---|---|---|---|\n");
		idleRow("connections", raw, starter, (p) -> number(p, "connections"), "%.0f", false);
		idleRow("heap after GC per connection (bytes)", raw, starter,
				(p) -> (number(p, "heapAfterKb") - number(p, "heapBeforeKb")) * 1024 / number(p, "connections"), "%.0f",
				true);
		idleRow("RSS per connection (bytes)", raw, starter,
				(p) -> (number(p, "rssAfterKb") - number(p, "rssBeforeKb")) * 1024 / number(p, "connections"), "%.0f",
				true);
		idleRow("heap after GC, idle server before connections (MB)", raw, starter,
				(p) -> number(p, "heapBeforeKb") / 1024, "%.1f", false);
		idleRow("RSS with the connections (MB)", raw, starter, (p) -> number(p, "rssAfterKb") / 1024, "%.0f", false);
	}

	private void idleRow(String name, Map<Integer, Properties> raw, Map<Integer, Properties> starter,
			Function<Properties, Double> metric, String format, boolean ratio) {
		List<Double> ratios = new ArrayList<>();
		if (ratio) {
			raw.forEach((round, p) -> {
				if (starter.containsKey(round)) {
					ratios.add(metric.apply(starter.get(round)) / metric.apply(p));
				}
			});
		}
		this.out.append("| ").append(name).append(" | ")
			.append(spread(raw.values().stream().map(metric).toList(), format)).append(" | ")
			.append(spread(starter.values().stream().map(metric).toList(), format)).append(" | ")
			.append(ratio ? spread(ratios, "%.3f×") : "").append(" |\n");
	}

	private void document() throws IOException {
		Map<Integer, Properties> runs = rounds("document");
		if (runs.isEmpty()) {
			return;
		}
		Properties first = runs.values().iterator().next();
		this.out.append("\n### AsyncAPI document for ").append(first.getProperty("events")).append(" events (document)\n\n");
		this.out.append("| | median (min–max) over ").append(runs.size()).append(" JVMs |\n|---|---|\n");
		this.out.append("| first build in a fresh JVM: generate, YAML and JSON (ms) | ")
			.append(spread(runs.values().stream().map((p) -> number(p, "firstBuildMillis")).toList(), "%.0f"))
			.append(" |\n");
		this.out.append("| build after warm-up (ms) | ")
			.append(spread(runs.values().stream().map((p) -> number(p, "warmBuildMillis")).toList(), "%.0f"))
			.append(" |\n");
		this.out.append("| document size, YAML (kB) | ")
			.append(spread(runs.values().stream().map((p) -> number(p, "yamlBytes") / 1024).toList(), "%.0f"))
			.append(" |\n");
	}

	private void startup() throws IOException {
		Map<Integer, Properties> without = rounds("startup.baseline");
		Map<Integer, Properties> with = rounds("startup." + STARTER);
		if (without.isEmpty() && with.isEmpty()) {
			return;
		}
		List<Double> added = new ArrayList<>();
		without.forEach((round, p) -> {
			if (with.containsKey(round)) {
				added.add(number(with.get(round), "startupMillis") - number(p, "startupMillis"));
			}
		});
		this.out.append("\n### Start-up, JVM start to application ready (startup)\n\n");
		this.out.append("| web + Actuator app | without the starter | with the starter and one controller ")
			.append("| added per round |\n|---|---|---|---|\n");
		this.out.append("| ms, median (min–max) over ").append(without.size()).append(" rounds | ")
			.append(spread(without.values().stream().map((p) -> number(p, "startupMillis")).toList(), "%.0f"))
			.append(" | ")
			.append(spread(with.values().stream().map((p) -> number(p, "startupMillis")).toList(), "%.0f"))
			.append(" | ").append(spread(added, "%+.0f")).append(" |\n");
	}

	private Map<Integer, LoadRun> loadRuns(String scenario, String server) throws IOException {
		Map<Integer, LoadRun> runs = new TreeMap<>();
		String prefix = scenario + "." + server + ".r";
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.startsWith(prefix) || !name.endsWith(".properties")) {
					continue;
				}
				String rest = name.substring(prefix.length(), name.length() - ".properties".length());
				int dot = rest.indexOf('.');
				int round = Integer.parseInt(rest.substring(0, dot));
				LoadRun run = runs.computeIfAbsent(round, (key) -> new LoadRun());
				Properties properties = read(file);
				if (rest.endsWith(".server")) {
					run.peakRssKb = number(properties, "peakRssKb");
				}
				else {
					run.add(properties);
				}
			}
		}
		return runs;
	}

	private Map<Integer, Properties> rounds(String prefix) throws IOException {
		Map<Integer, Properties> rounds = new TreeMap<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix + ".r") && name.endsWith(".properties")) {
					int round = Integer.parseInt(
							name.substring(prefix.length() + 2, name.length() - ".properties".length()));
					rounds.put(round, read(file));
				}
			}
		}
		return rounds;
	}

	private static List<Double> values(Map<Integer, LoadRun> runs, Function<LoadRun, Double> metric) {
		return runs.values().stream().map(metric).toList();
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return properties;
	}

	private static double number(Properties properties, String name) {
		String value = properties.getProperty(name);
		return (value != null) ? Double.parseDouble(value) : Double.NaN;
	}

	/**
	 * The median and the range of some values.
	 * @param values the values
	 * @param format the format of one value
	 * @return for example {@code 27,512 (26,900–28,100)}
	 */
	static String spread(List<Double> values, String format) {
		if (values.isEmpty()) {
			return "–";
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		String median = String.format(Locale.ROOT, format, median(sorted));
		if (sorted.size() == 1) {
			return median;
		}
		return median + " (" + String.format(Locale.ROOT, format, sorted.get(0)) + " to "
				+ String.format(Locale.ROOT, format, sorted.get(sorted.size() - 1)) + ")";
	}

	static double median(List<Double> sorted) {
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * One load run of one server: the results of its driver processes added up.
	 */
	private static final class LoadRun {

		final Histogram histogram = SocketIoConnection.newHistogram();

		double acksInWindow;

		double seconds;

		double serverCpuMillis = Double.NaN;

		double driverCpuMillis;

		double wrong;

		double peakRssKb = Double.NaN;

		void add(Properties properties) {
			this.acksInWindow += number(properties, "acksInWindow");
			this.seconds = number(properties, "seconds");
			double serverCpu = number(properties, "serverCpuMillis");
			if (serverCpu >= 0 && Double.isNaN(this.serverCpuMillis)) {
				this.serverCpuMillis = serverCpu;
			}
			this.driverCpuMillis += number(properties, "driverCpuMillis");
			this.wrong += number(properties, "wrongAcks") + number(properties, "lostAcks");
			byte[] encoded = Base64.getDecoder().decode(properties.getProperty("histogram"));
			try {
				this.histogram.add(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded), 0));
			}
			catch (DataFormatException ex) {
				throw new IllegalStateException("unreadable histogram", ex);
			}
		}

		double acksPerSecond() {
			return this.acksInWindow / this.seconds;
		}

		double percentile(double percentile) {
			return ((percentile >= 100) ? this.histogram.getMaxValue()
					: this.histogram.getValueAtPercentile(percentile)) / 1e3;
		}

		double serverCpuPerThousand() {
			return this.serverCpuMillis / (this.acksInWindow / 1000);
		}

		double driverCpuPercent() {
			return this.driverCpuMillis / this.seconds / 10;
		}

	}

}
