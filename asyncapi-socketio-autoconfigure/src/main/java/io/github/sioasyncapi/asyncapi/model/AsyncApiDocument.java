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
import org.jspecify.annotations.Nullable;

/**
 * An AsyncAPI 3.1.0 document, written in the order {@code asyncapi, info, servers,
 * defaultContentType, channels, operations, components}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "asyncapi", "id", "info", "servers", "defaultContentType", "channels", "operations",
		"components" })
public class AsyncApiDocument extends Extensible {

	/** The AsyncAPI version this model writes. */
	public static final String VERSION = "3.1.0";

	private String asyncapi = VERSION;

	private @Nullable String id;

	private Info info = new Info();

	private Map<String, Server> servers = new LinkedHashMap<>();

	private @Nullable String defaultContentType;

	private Map<String, Channel> channels = new LinkedHashMap<>();

	private Map<String, Operation> operations = new LinkedHashMap<>();

	private Components components = new Components();

	/**
	 * Create a document of AsyncAPI version {@value #VERSION} with an empty info object
	 * and no servers, channels, operations or components.
	 */
	public AsyncApiDocument() {
	}

	/**
	 * {@return the AsyncAPI version the document follows ({@code asyncapi})}
	 */
	public String getAsyncapi() {
		return this.asyncapi;
	}

	/**
	 * Set the AsyncAPI version the document follows ({@code asyncapi}).
	 * @param asyncapi the version
	 */
	public void setAsyncapi(String asyncapi) {
		this.asyncapi = asyncapi;
	}

	/**
	 * {@return the identifier of the application the document describes ({@code id}), a
	 * URI}
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Set the identifier of the application the document describes ({@code id}), a URI.
	 * @param id the identifier
	 */
	public void setId(@Nullable String id) {
		this.id = id;
	}

	/**
	 * {@return the info object: title, version and description of the API}
	 */
	public Info getInfo() {
		return this.info;
	}

	/**
	 * Set the info object: title, version and description of the API.
	 * @param info the info object
	 */
	public void setInfo(Info info) {
		this.info = info;
	}

	/**
	 * {@return the servers clients connect to, by name; mutable}
	 */
	public Map<String, Server> getServers() {
		return this.servers;
	}

	/**
	 * Set the servers clients connect to, by name.
	 * @param servers the servers
	 */
	public void setServers(Map<String, Server> servers) {
		this.servers = servers;
	}

	/**
	 * {@return the content type of messages that name none ({@code defaultContentType})}
	 */
	public @Nullable String getDefaultContentType() {
		return this.defaultContentType;
	}

	/**
	 * Set the content type of messages that name none ({@code defaultContentType}).
	 * @param defaultContentType the content type
	 */
	public void setDefaultContentType(@Nullable String defaultContentType) {
		this.defaultContentType = defaultContentType;
	}

	/**
	 * {@return the channels, one per Socket.IO namespace, by channel id; mutable}
	 */
	public Map<String, Channel> getChannels() {
		return this.channels;
	}

	/**
	 * Set the channels, one per Socket.IO namespace, by channel id.
	 * @param channels the channels
	 */
	public void setChannels(Map<String, Channel> channels) {
		this.channels = channels;
	}

	/**
	 * {@return the operations, one per event received or sent, by operation id; mutable}
	 */
	public Map<String, Operation> getOperations() {
		return this.operations;
	}

	/**
	 * Set the operations, one per event received or sent, by operation id.
	 * @param operations the operations
	 */
	public void setOperations(Map<String, Operation> operations) {
		this.operations = operations;
	}

	/**
	 * {@return the components: the schemas, messages and security schemes the document
	 * references}
	 */
	public Components getComponents() {
		return this.components;
	}

	/**
	 * Set the components: the schemas, messages and security schemes the document
	 * references.
	 * @param components the components
	 */
	public void setComponents(Components components) {
		this.components = components;
	}

}
