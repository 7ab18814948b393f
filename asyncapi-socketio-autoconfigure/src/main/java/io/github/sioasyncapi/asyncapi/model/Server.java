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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A Server Object: where clients connect, for example host {@code localhost:9092}, protocol
 * {@code socketio}, protocol version {@code 5} and pathname {@code /socket.io}.
 *
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "host", "protocol", "protocolVersion", "pathname", "title", "summary", "description", "security" })
public class Server extends Extensible {

	private String host = "";

	private String protocol = "";

	private @Nullable String protocolVersion;

	private @Nullable String pathname;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable String description;

	private List<Reference> security = new ArrayList<>();

	/**
	 * Create a server with an empty host and protocol.
	 */
	public Server() {
	}

	/**
	 * {@return the host name and port clients connect to, for example
	 * {@code localhost:9092}}
	 */
	public String getHost() {
		return this.host;
	}

	/**
	 * Set the host name and port clients connect to, for example {@code localhost:9092}.
	 * @param host the host and port
	 */
	public void setHost(String host) {
		this.host = host;
	}

	/**
	 * {@return the protocol clients use, for example {@code socketio}}
	 */
	public String getProtocol() {
		return this.protocol;
	}

	/**
	 * Set the protocol clients use, for example {@code socketio}.
	 * @param protocol the protocol
	 */
	public void setProtocol(String protocol) {
		this.protocol = protocol;
	}

	/**
	 * {@return the version of the protocol, for example {@code 5}}
	 */
	public @Nullable String getProtocolVersion() {
		return this.protocolVersion;
	}

	/**
	 * Set the version of the protocol, for example {@code 5}.
	 * @param protocolVersion the version
	 */
	public void setProtocolVersion(@Nullable String protocolVersion) {
		this.protocolVersion = protocolVersion;
	}

	/**
	 * {@return the path clients connect to, for example {@code /socket.io}}
	 */
	public @Nullable String getPathname() {
		return this.pathname;
	}

	/**
	 * Set the path clients connect to, for example {@code /socket.io}.
	 * @param pathname the path
	 */
	public void setPathname(@Nullable String pathname) {
		this.pathname = pathname;
	}

	/**
	 * {@return a human-readable title of the server}
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Set a human-readable title of the server.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * {@return a short summary of the server}
	 */
	public @Nullable String getSummary() {
		return this.summary;
	}

	/**
	 * Set a short summary of the server.
	 * @param summary the summary
	 */
	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	/**
	 * {@return a description of the server (CommonMark)}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set a description of the server (CommonMark).
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * The security schemes clients may use with this server, any one of them.
	 * @return references to security schemes, mutable
	 */
	public List<Reference> getSecurity() {
		return this.security;
	}

	/**
	 * Set the security schemes clients may use with this server.
	 * @param security the references to security schemes
	 */
	public void setSecurity(List<Reference> security) {
		this.security = security;
	}

}
