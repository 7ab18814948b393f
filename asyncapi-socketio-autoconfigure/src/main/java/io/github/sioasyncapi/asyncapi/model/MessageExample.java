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

package io.github.sioasyncapi.asyncapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Message Example Object: a payload as a client sends or receives it.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "name", "summary", "payload" })
public class MessageExample extends Extensible {

	private @Nullable String name;

	private @Nullable String summary;

	private @Nullable JsonNode payload;

	/**
	 * Create an empty example.
	 */
	public MessageExample() {
	}

	/**
	 * Create an example of a payload.
	 * @param payload the payload
	 */
	public MessageExample(JsonNode payload) {
		this.payload = payload;
	}

	/**
	 * {@return the name of the example}
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Set the name of the example.
	 * @param name the name
	 */
	public void setName(@Nullable String name) {
		this.name = name;
	}

	/**
	 * {@return a short summary of the example}
	 */
	public @Nullable String getSummary() {
		return this.summary;
	}

	/**
	 * Set a short summary of the example.
	 * @param summary the summary
	 */
	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	/**
	 * {@return the payload as a client sends or receives it}
	 */
	public @Nullable JsonNode getPayload() {
		return this.payload;
	}

	/**
	 * Set the payload as a client sends or receives it.
	 * @param payload the payload
	 */
	public void setPayload(@Nullable JsonNode payload) {
		this.payload = payload;
	}

}
