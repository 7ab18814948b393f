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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;

/**
 * Collects the spans Brave finishes, as a bean of an application that Spring Boot configures
 * Brave for (it hands every {@link SpanHandler} bean to the tracer).
 */
public class FinishedSpans extends SpanHandler {

	private final List<MutableSpan> finished = new CopyOnWriteArrayList<>();

	@Override
	public boolean end(TraceContext context, MutableSpan span, Cause cause) {
		this.finished.add(span);
		return true;
	}

	/**
	 * Every span that finished so far, in the order they finished.
	 * @return the spans
	 */
	public List<MutableSpan> all() {
		return List.copyOf(this.finished);
	}

	/**
	 * The spans of a name that finished so far, in the order they finished.
	 * @param name the span name
	 * @return the spans
	 */
	public List<MutableSpan> named(String name) {
		return this.finished.stream().filter((span) -> name.equals(span.name())).toList();
	}

}
