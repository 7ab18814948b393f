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
import java.util.LinkedHashMap;
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
 * server (B) to each other server (raw netty-socketio, Node's socket.io, the starter without
 * observations) computed round by round (the servers ran alternately, A B … A B …), then its
 * median and spread. Also the isolation, idle-connection, document and start-up figures.
 * <p>File names: {@code <scenario>.<server>.r<round>.d<n>.properties} from the drivers,
 * {@code <scenario>.<server>.r<round>.server.properties} with the server's peak RSS,
 * {@code idle.<server>.r<round>.properties}, {@code startup.<app>.r<round>.properties},
 * {@code document.r<round>.properties}, {@code flood-<n>.<server>.r<round>.memory.properties} and
 * {@code .flooder.properties}. The server {@code before} is the starter server on another build
 * of its runtime. Argument: the directory.
 */
public final class Report {

	static final String RAW = "raw";

	static final String STARTER = "starter";

	/** Another build of the starter's runtime ({@code BEFORE_JAR}), measured in the same rounds. */
	static final String BEFORE = "before";

	/** The servers of the load scenarios, in the order of the table's columns. */
	static final Map<String, String> SERVERS = new LinkedHashMap<>();

	/** Their letters in the ratio columns. */
	static final Map<String, String> LETTERS = Map.of(RAW, "A", STARTER, "B", "starter-noobs", "C", "node", "N", BEFORE, "A'");

	/** The servers the starter (B) is compared with, round by round. */
	static final List<String> COMPARED = List.of(RAW, "node", "starter-noobs", BEFORE);

	static {
		SERVERS.put(RAW, "raw netty-socketio (A)");
		SERVERS.put(STARTER, "@SocketIoController (B)");
		SERVERS.put("node", "Node socket.io (N)");
		SERVERS.put("starter-noobs", "B without observations (C)");
		SERVERS.put(BEFORE, "another build of the starter, BEFORE_JAR (A')");
	}

	private final Path directory;

	private final StringBuilder out = new StringBuilder();

	private Report(Path directory) {
		this.directory = directory;
	}

	public static void main(String[] args) throws IOException {
		Report report = new Report(Path.of(args[0]));
		report.load("throughput", "50 clients × 4 in flight, unpinned");
		report.load("many", "200 clients × 1 in flight, unpinned");
		report.load("throughput-pinned", "50 clients × 4 in flight, server pinned to CPU 1, drivers to CPU 0");
		report.load("many-pinned", "200 clients × 1 in flight, pinned");
		report.flood();
		report.isolation();
		report.idle();
		report.document();
		report.startup();
		System.out.print(report.out);
	}

	private void load(String scenario, String title) throws IOException {
		Map<String, Map<Integer, LoadRun>> runs = new LinkedHashMap<>();
		for (String server : SERVERS.keySet()) {
			Map<Integer, LoadRun> serverRuns = loadRuns(scenario, server);
			if (!serverRuns.isEmpty()) {
				runs.put(server, serverRuns);
			}
		}
		if (runs.isEmpty()) {
			return;
		}
		List<String> comparisons = COMPARED.stream().filter((other) -> runs.containsKey(other)).toList();
		this.out.append("\n### ").append(title).append(" (").append(scenario).append(")\n\n|");
		runs.keySet().forEach((server) -> this.out.append(" | ").append(SERVERS.get(server)));
		comparisons.forEach((other) -> this.out.append(" | B/").append(LETTERS.get(other)).append(" or B−")
			.append(LETTERS.get(other)).append(", per round"));
		this.out.append(" |\n|---").append("|---".repeat(runs.size() + comparisons.size())).append("|\n");
		row("acks/s", runs, comparisons, LoadRun::acksPerSecond, "%.0f", true);
		row("p50 latency (ms)", runs, comparisons, (run) -> run.percentile(50), "%.2f", false);
		row("p90 latency (ms)", runs, comparisons, (run) -> run.percentile(90), "%.2f", false);
		row("p99 latency (ms)", runs, comparisons, (run) -> run.percentile(99), "%.2f", false);
		row("max latency (ms)", runs, comparisons, (run) -> run.percentile(100), "%.1f", false);
		row("server CPU ms per 1,000 acks", runs, comparisons, LoadRun::serverCpuPerThousand, "%.1f", true);
		row("peak RSS (MB)", runs, comparisons, (run) -> run.peakRssKb / 1024.0, "%.0f", true);
		row("driver CPU (% of one core)", runs, comparisons, LoadRun::driverCpuPercent, "%.0f", null);
		row("wrong or lost acks", runs, comparisons, (run) -> (double) run.wrong, "%.0f", null);
		this.out.append("\nRounds:");
		runs.forEach((server, serverRuns) -> this.out.append(" ").append(serverRuns.size()).append(" × ")
			.append(LETTERS.get(server)).append(","));
		this.out.setLength(this.out.length() - 1);
		this.out.append(".\n");
	}

	/**
	 * The flood scenario: the well-behaved clients' latency alone and next to 1 and 10 flooding
	 * clients, and the server's memory, per server ({@code before}, {@code starter}).
	 */
	private void flood() throws IOException {
		List<String> servers = new ArrayList<>();
		for (String server : List.of(BEFORE, STARTER)) {
			if (!loadRuns("flood-0", server).isEmpty()) {
				servers.add(server);
			}
		}
		if (servers.isEmpty()) {
			return;
		}
		this.out.append("\n### Flooding clients (flood)\n\n");
		this.out.append("Well-behaved clients (one acked `make_move` in flight each) alone, then next to 1 and to 10 ")
			.append("clients writing acked `make_move` events as fast as they can without ever reading. Memory: ")
			.append("live heap (a class histogram after a full GC) and RSS, before the flood and with the flooders still connected ")
			.append("after it; peak RSS during the flood.\n\n|");
		servers.forEach((server) -> this.out.append(" | ").append(server.equals(BEFORE) ? "before" : "after"));
		this.out.append(" |\n|---");
		servers.forEach((server) -> this.out.append("|---"));
		this.out.append("|\n");
		floodRow("well-behaved p99 alone (ms)", servers, "flood-0", (run) -> run.percentile(99), "%.2f");
		for (int flooders : new int[] { 1, 10 }) {
			String scenario = "flood-" + flooders;
			String with = " next to " + flooders + " flooding client" + ((flooders > 1) ? "s" : "");
			floodRow("well-behaved p99" + with + " (ms)", servers, scenario, (run) -> run.percentile(99), "%.2f");
			floodRow("well-behaved max" + with + " (ms)", servers, scenario, (run) -> run.percentile(100), "%.1f");
			floodRow("well-behaved acks/s" + with, servers, scenario, LoadRun::acksPerSecond, "%.0f");
			floodRow("well-behaved wrong or lost acks" + with, servers, scenario, (run) -> run.wrong, "%.0f");
			memoryRow("events written by the flooders", servers, scenario, "flooder",
					(p) -> number(p, "eventsWritten"), "%.0f");
			memoryRow("live heap, growth (MB)", servers, scenario, "memory",
					(p) -> (number(p, "heapAfterKb") - number(p, "heapBeforeKb")) / 1024, "%+.1f");
			memoryRow("RSS, growth (MB)", servers, scenario, "memory",
					(p) -> (number(p, "rssAfterKb") - number(p, "rssBeforeKb")) / 1024, "%+.0f");
			memoryRow("peak RSS during the flood, growth (MB)", servers, scenario, "memory",
					(p) -> (number(p, "peakRssKb") - number(p, "rssBeforeKb")) / 1024, "%+.0f");
			memoryRow("health UP after the flood (rounds)", servers, scenario, "memory",
					(p) -> "true".equals(p.getProperty("up")) ? 1.0 : 0.0, "%.0f", true);
		}
	}

	private void floodRow(String name, List<String> servers, String scenario, Function<LoadRun, Double> metric,
			String format) throws IOException {
		this.out.append("| ").append(name);
		for (String server : servers) {
			this.out.append(" | ").append(spread(values(loadRuns(scenario, server), metric), format));
		}
		this.out.append(" |\n");
	}

	private void memoryRow(String name, List<String> servers, String scenario, String kind,
			Function<Properties, Double> metric, String format) throws IOException {
		memoryRow(name, servers, scenario, kind, metric, format, false);
	}

	private void memoryRow(String name, List<String> servers, String scenario, String kind,
			Function<Properties, Double> metric, String format, boolean sum) throws IOException {
		this.out.append("| ").append(name);
		for (String server : servers) {
			List<Double> values = new ArrayList<>();
			for (Properties properties : rounds(scenario + "." + server, kind).values()) {
				values.add(metric.apply(properties));
			}
			String value = sum ? String.format(Locale.ROOT, "%.0f of %d",
					values.stream().mapToDouble(Double::doubleValue).sum(), values.size()) : spread(values, format);
			this.out.append(" | ").append(value);
		}
		this.out.append(" |\n");
	}

	private void row(String name, Map<String, Map<Integer, LoadRun>> runs, List<String> comparisons,
			Function<LoadRun, Double> metric, String format, Boolean ratio) {
		this.out.append("| ").append(name);
		runs.values().forEach((serverRuns) -> this.out.append(" | ").append(spread(values(serverRuns, metric), format)));
		Map<Integer, LoadRun> starter = runs.getOrDefault(STARTER, Map.of());
		for (String other : comparisons) {
			String compared = "";
			if (ratio != null) {
				List<Double> perRound = new ArrayList<>();
				for (Map.Entry<Integer, LoadRun> entry : runs.get(other).entrySet()) {
					LoadRun b = starter.get(entry.getKey());
					if (b != null) {
						double x = metric.apply(entry.getValue());
						double y = metric.apply(b);
						perRound.add(ratio ? y / x : y - x);
					}
				}
				compared = ratio ? spread(perRound, "%.3f×") : spread(perRound, "%+.2f");
			}
			this.out.append(" | ").append(compared);
		}
		this.out.append(" |\n");
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
		Map<Integer, Properties> prebuilt = rounds("document-prebuilt");
		if (!prebuilt.isEmpty()) {
			this.out.append("| built in the background from the moment the application is ready: a request made at ")
				.append("that moment is served after (ms), over ").append(prebuilt.size()).append(" JVMs | ")
				.append(spread(prebuilt.values().stream().map((p) -> number(p, "firstBuildMillis")).toList(), "%.0f"))
				.append(" |\n");
		}
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
		this.out.append("\n### Start-up and shutdown (startup)\n\n");
		this.out.append("| web + Actuator app, median (min to max) over ").append(without.size())
			.append(" rounds | without the starter | with the starter and one controller ")
			.append("| added per round |\n|---|---|---|---|\n");
		startupRow("JVM start to application ready (ms)", "startupMillis", without, with);
		startupRow("CPU time of the process until ready (ms)", "startupCpuMillis", without, with);
		startupRow("of which the main thread (ms)", "startupMainCpuMillis", without, with);
		startupRow("of which the JIT compiler threads (ms)", "startupJitCpuMillis", without, with);
		startupRow("classes loaded until ready", "classes", without, with);
		startupRow("closing the application context (ms)", "shutdownMillis", without, with);
	}

	private void startupRow(String name, String property, Map<Integer, Properties> without,
			Map<Integer, Properties> with) {
		if (Stream.concat(without.values().stream(), with.values().stream())
			.allMatch((p) -> Double.isNaN(number(p, property)))) {
			return; // results of a build that did not print it
		}
		List<Double> added = new ArrayList<>();
		without.forEach((round, p) -> {
			if (with.containsKey(round)) {
				added.add(number(with.get(round), property) - number(p, property));
			}
		});
		this.out.append("| ").append(name).append(" | ")
			.append(spread(without.values().stream().map((p) -> number(p, property)).toList(), "%.0f"))
			.append(" | ")
			.append(spread(with.values().stream().map((p) -> number(p, property)).toList(), "%.0f"))
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
				String part = rest.substring(dot + 1);
				if (!part.equals("server") && !part.matches("d[0-9]+")) {
					continue; // the flood scenario's memory and flooder files
				}
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
		return rounds(prefix, null);
	}

	/**
	 * The files {@code <prefix>.r<round>[.<kind>].properties} by round.
	 */
	private Map<Integer, Properties> rounds(String prefix, String kind) throws IOException {
		Map<Integer, Properties> rounds = new TreeMap<>();
		String suffix = ((kind != null) ? "." + kind : "") + ".properties";
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix + ".r") && name.endsWith(suffix)) {
					String round = name.substring(prefix.length() + 2, name.length() - suffix.length());
					if (round.chars().allMatch(Character::isDigit)) {
						rounds.put(Integer.parseInt(round), read(file));
					}
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
		return (value != null && !value.isBlank()) ? Double.parseDouble(value) : Double.NaN;
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
