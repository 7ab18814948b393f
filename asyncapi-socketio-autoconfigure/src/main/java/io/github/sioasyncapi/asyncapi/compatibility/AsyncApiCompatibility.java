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

package io.github.sioasyncapi.asyncapi.compatibility;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.github.sioasyncapi.asyncapi.contract.ClientContract;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;

/**
 * Whether the current AsyncAPI document still serves the clients written against a committed
 * one. Breaking changes are those an existing client notices:
 * <ul>
 * <li>a namespace or an event removed, an acknowledgement removed, or one a listener must now
 * send;</li>
 * <li>in what clients send (payloads of events they emit, acks they send, connect auth data):
 * anything the server no longer accepts: a required property or argument added, a property
 * made required, a type changed or narrowed, a constraint narrowed (a bound tightened, a
 * pattern or format added), an enum value removed, {@code null} no longer allowed;</li>
 * <li>in what clients receive (payloads of events they listen to, acks they get): anything
 * they do not expect: a property removed or no longer required, a type changed or widened, a
 * constraint widened, an enum value added, {@code null} now possible, another reply message
 * (such as the error ack).</li>
 * </ul>
 * Everything else that changes the contract (an event or optional property added, a bound
 * widened in what clients send...) is reported as compatible. Titles, descriptions and
 * examples are not compared.
 * <p>In a test, with the committed document of the application:
 * <pre class="code">
 * AsyncApiCompatibility.assertCompatible(Path.of("asyncapi.yaml"), provider.getDocument());
 * </pre>
 * From the command line, with two files (for example the one of the base branch and the new
 * one), exiting with 1 when a change breaks clients:
 * <pre class="code">
 * java -cp ... io.github.sioasyncapi.asyncapi.compatibility.AsyncApiCompatibility base.yaml asyncapi.yaml
 * </pre>
 * {@code AsyncApiExporter --check} compares an application's live document with a file.
 *
 * @since 0.1.0
 */
public final class AsyncApiCompatibility {

	private AsyncApiCompatibility() {
	}

	/**
	 * Compare two documents.
	 * @param committed the document clients were written against
	 * @param current the current document
	 * @return the changes
	 */
	public static CompatibilityReport compare(ClientContract committed, ClientContract current) {
		return new CompatibilityReport(committed.source(), current.source(),
				new ContractComparison(committed, current).compare());
	}

	/**
	 * Assert that no change between two documents breaks existing clients.
	 * @param committed the document clients were written against
	 * @param current the current document
	 * @throws AssertionError listing the breaking changes, then the compatible ones
	 */
	public static void assertCompatible(ClientContract committed, ClientContract current) {
		CompatibilityReport report = compare(committed, current);
		if (!report.isCompatible()) {
			throw new AssertionError(report.toString());
		}
	}

	/**
	 * Assert that no change between a committed document file and the current document breaks
	 * existing clients.
	 * @param committed the file clients were written against, YAML or JSON
	 * @param current the current document
	 * @throws AssertionError listing the breaking changes, then the compatible ones
	 */
	public static void assertCompatible(Path committed, AsyncApiDocument current) {
		assertCompatible(ClientContract.read(committed), ClientContract.of(current));
	}

	/**
	 * Compare two document files and print the report to the standard output, whatever it
	 * says; the exit status carries the verdict: 0 when no change breaks clients, 1 when one
	 * does, 2 on wrong arguments or a file that cannot be read (said on the standard error).
	 * @param args the committed file, then the current file
	 */
	public static void main(String[] args) {
		int status = run(args);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * What {@link #main(String[])} does, without exiting.
	 * @param args the committed file, then the current file
	 * @return the exit status: 0 when compatible, 1 when a change breaks clients, 2 on wrong
	 * arguments or a file that cannot be read
	 */
	public static int run(String... args) {
		if (args.length != 2) {
			System.err.println("usage: AsyncApiCompatibility <committed document> <current document>");
			return 2;
		}
		ClientContract committed;
		ClientContract current;
		try {
			committed = ClientContract.read(Path.of(args[0]));
			current = ClientContract.read(Path.of(args[1]));
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		return report(committed, current);
	}

	/**
	 * Print the report of two documents to the standard output, breaking or not.
	 * @param committed the committed document
	 * @param current the current document
	 * @return the exit status: 0 when compatible, 1 when a change breaks clients
	 */
	public static int report(ClientContract committed, ClientContract current) {
		CompatibilityReport report = compare(committed, current);
		System.out.println(report);
		return report.isCompatible() ? 0 : 1;
	}

}
