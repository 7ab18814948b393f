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

package io.github.sioasyncapi.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * What a command line's {@code run} method returned, and what it printed to the standard
 * output and to the standard error, captured apart.
 *
 * @param status the exit status
 * @param out the standard output
 * @param err the standard error
 */
public record CommandLine(int status, String out, String err) {

	/**
	 * Run a command line's {@code run} method with the standard streams captured.
	 * @param run the method
	 * @return its status and output
	 * @throws Exception what the method threw
	 */
	public static synchronized CommandLine capture(Callable<Integer> run) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream systemOut = System.out;
		PrintStream systemErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			int status = run.call();
			return new CommandLine(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(systemOut);
			System.setErr(systemErr);
		}
	}

}
