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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;

/**
 * The Components Object: the schemas, messages and security schemes the rest of the document
 * references.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "schemas", "messages", "securitySchemes" })
public class Components extends Extensible {

	private Map<String, JsonNode> schemas = new LinkedHashMap<>();

	private Map<String, Message> messages = new LinkedHashMap<>();

	private Map<String, SecurityScheme> securitySchemes = new LinkedHashMap<>();

	/**
	 * Create components without schemas, messages or security schemes.
	 */
	public Components() {
	}

	/**
	 * The schemas by name; each is a JSON Schema (AsyncAPI Schema Object).
	 * @return the schemas, mutable
	 */
	public Map<String, JsonNode> getSchemas() {
		return this.schemas;
	}

	/**
	 * Set the schemas by name.
	 * @param schemas the schemas
	 */
	public void setSchemas(Map<String, JsonNode> schemas) {
		this.schemas = schemas;
	}

	/**
	 * {@return the messages by key; mutable}
	 */
	public Map<String, Message> getMessages() {
		return this.messages;
	}

	/**
	 * Set the messages by key.
	 * @param messages the messages
	 */
	public void setMessages(Map<String, Message> messages) {
		this.messages = messages;
	}

	/**
	 * {@return the security schemes by name; mutable}
	 */
	public Map<String, SecurityScheme> getSecuritySchemes() {
		return this.securitySchemes;
	}

	/**
	 * Set the security schemes by name.
	 * @param securitySchemes the security schemes
	 */
	public void setSecuritySchemes(Map<String, SecurityScheme> securitySchemes) {
		this.securitySchemes = securitySchemes;
	}

}
