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

package io.github.sioasyncapi.asyncapi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sioasyncapi.asyncapi.model.AsyncApiDocument;
import io.github.sioasyncapi.asyncapi.model.Info;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link AsyncApiDocumentProvider}.
 */
class AsyncApiDocumentProviderTests {

	private final AsyncApiWriter writer = new AsyncApiWriter();

	@Test
	void writesTheYamlAndJsonOfTheCustomizedDocumentOnce() {
		AtomicInteger generated = new AtomicInteger();
		Set<String> writers = ConcurrentHashMap.newKeySet();
		AsyncApiDocumentProvider provider = new AsyncApiDocumentProvider(() -> {
			generated.incrementAndGet();
			return document();
		}, List.of((document) -> document.getInfo().addExtension("x-written-by", new WrittenBy(writers, null))),
				this.writer);
		String yaml = provider.getYaml();
		Set<String> firstBuild = Set.copyOf(writers);
		AsyncApiDocument document = provider.getDocument();
		assertThat(yaml).isEqualTo(this.writer.toYaml(document)).contains("x-written-by: writer");
		assertThat(provider.getJson()).isEqualTo(this.writer.toJson(document)).contains("\"x-written-by\" : \"writer\"");
		assertThat(provider.getYaml()).isSameAs(yaml);
		assertThat(generated).hasValue(1);
		// the YAML and the JSON of the first build, written on two threads at the same time
		assertThat(firstBuild).containsExactlyInAnyOrder(Thread.currentThread().getName(), "socketio-asyncapi-json");
	}

	@Test
	void aFormThatCannotBeWrittenFailsTheBuild() {
		AsyncApiDocumentProvider provider = new AsyncApiDocumentProvider(AsyncApiDocumentProviderTests::document,
				List.of((document) -> document.getInfo()
					.addExtension("x-written-by", new WrittenBy(ConcurrentHashMap.newKeySet(), "socketio-asyncapi-json"))),
				this.writer);
		assertThatException().isThrownBy(provider::getYaml).withStackTraceContaining("no JSON here");
		assertThatException().isThrownBy(provider::getJson).withStackTraceContaining("no JSON here");
	}

	private static AsyncApiDocument document() {
		AsyncApiDocument document = new AsyncApiDocument();
		Info info = new Info();
		info.setTitle("Test");
		info.setVersion("1.0");
		document.setInfo(info);
		return document;
	}

	/**
	 * An extension value that notes the threads that write it, and fails on one.
	 */
	record WrittenBy(Set<String> threads, @Nullable String failOn) {

		@JsonValue
		String value() {
			String thread = Thread.currentThread().getName();
			if (thread.equals(this.failOn)) {
				throw new IllegalStateException("no JSON here");
			}
			this.threads.add(thread);
			return "writer";
		}

	}

}
