package io.github.sioasyncapi.benchmarks.driver;

import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the form {@code --name=value}.
 */
final class Options {

	private final Map<String, String> values;

	private Options(Map<String, String> values) {
		this.values = values;
	}

	static Options parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			values.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return new Options(values);
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

	String string(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	int integer(String name, int fallback) {
		String value = this.values.get(name);
		return (value != null) ? Integer.parseInt(value) : fallback;
	}

	long longValue(String name, long fallback) {
		String value = this.values.get(name);
		return (value != null) ? Long.parseLong(value) : fallback;
	}

}
