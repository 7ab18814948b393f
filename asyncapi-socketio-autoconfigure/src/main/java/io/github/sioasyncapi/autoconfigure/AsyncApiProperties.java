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

package io.github.sioasyncapi.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the AsyncAPI document, its endpoints and viewer
 * ({@code socketio.asyncapi.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("socketio.asyncapi")
public class AsyncApiProperties {

	/**
	 * Whether to generate the AsyncAPI document and serve it.
	 */
	private boolean enabled = true;

	/**
	 * Path of the viewer; the document is served at this path followed by '.yaml' and
	 * '.json', its TypeScript declarations followed by '.d.ts'.
	 */
	private String path = "/asyncapi";

	/**
	 * Whether anyone may read the document and open the viewer in an application secured
	 * with Spring Security: a security filter chain permits the viewer's and the document's
	 * paths, before the application's chains. Off by default, so that they are secured like
	 * every other endpoint.
	 */
	private boolean permitAll = false;

	/**
	 * Whether to build the document on a background thread once the application is ready,
	 * so that the first request does not wait for it. When off, the first request builds it.
	 */
	private boolean prebuild = true;

	private final Ui ui = new Ui();

	private final Info info = new Info();

	/**
	 * Servers of the document by name. When empty, one server named 'socketio' is derived
	 * from the socketio.server.* properties.
	 */
	private Map<String, Server> servers = new LinkedHashMap<>();

	/**
	 * Create the properties with their default values.
	 */
	public AsyncApiProperties() {
	}

	/**
	 * Return the value of {@code socketio.asyncapi.enabled}.
	 * @return whether to generate the AsyncAPI document and serve it
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Set the value of {@code socketio.asyncapi.enabled}.
	 * @param enabled whether to generate the AsyncAPI document and serve it
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Return the value of {@code socketio.asyncapi.path}.
	 * @return path of the viewer; the document is served at this path followed by '.yaml'
	 * and '.json', its TypeScript declarations followed by '.d.ts'
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Set the value of {@code socketio.asyncapi.path}.
	 * @param path path of the viewer; the document is served at this path followed by
	 * '.yaml' and '.json', its TypeScript declarations followed by '.d.ts'
	 */
	public void setPath(String path) {
		this.path = path;
	}

	/**
	 * Return the value of {@code socketio.asyncapi.permit-all}.
	 * @return whether anyone may read the document and open the viewer in an application
	 * secured with Spring Security: a security filter chain permits the viewer's and the
	 * document's paths, before the application's chains
	 */
	public boolean isPermitAll() {
		return this.permitAll;
	}

	/**
	 * Set the value of {@code socketio.asyncapi.permit-all}.
	 * @param permitAll whether anyone may read the document and open the viewer in an
	 * application secured with Spring Security: a security filter chain permits the
	 * viewer's and the document's paths, before the application's chains
	 */
	public void setPermitAll(boolean permitAll) {
		this.permitAll = permitAll;
	}

	/**
	 * Return whether the document is built in the background once the application is ready
	 * ({@code socketio.asyncapi.prebuild}).
	 * @return whether to prebuild
	 */
	public boolean isPrebuild() {
		return this.prebuild;
	}

	/**
	 * Set whether the document is built in the background once the application is ready
	 * ({@code socketio.asyncapi.prebuild}).
	 * @param prebuild whether to prebuild
	 */
	public void setPrebuild(boolean prebuild) {
		this.prebuild = prebuild;
	}

	/**
	 * Return the properties of the viewer ({@code socketio.asyncapi.ui.*}).
	 * @return the viewer properties
	 */
	public Ui getUi() {
		return this.ui;
	}

	/**
	 * Return the properties of the document's info object
	 * ({@code socketio.asyncapi.info.*}).
	 * @return the info properties
	 */
	public Info getInfo() {
		return this.info;
	}

	/**
	 * Return the value of {@code socketio.asyncapi.servers}.
	 * @return servers of the document by name
	 */
	public Map<String, Server> getServers() {
		return this.servers;
	}

	/**
	 * Set the value of {@code socketio.asyncapi.servers}.
	 * @param servers servers of the document by name
	 */
	public void setServers(Map<String, Server> servers) {
		this.servers = servers;
	}

	/**
	 * The viewer.
	 *
	 * @since 0.1.0
	 */
	public static class Ui {

		/**
		 * Whether to serve the viewer of the document at the path.
		 */
		private boolean enabled = true;

		/**
		 * Whether the viewer offers a playground that connects to the Socket.IO server and
		 * sends events.
		 */
		private boolean playground = true;

		/**
		 * Create the properties with their default values.
		 */
		public Ui() {
		}

		/**
		 * Return the value of {@code socketio.asyncapi.ui.enabled}.
		 * @return whether to serve the viewer of the document at the path
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.ui.enabled}.
		 * @param enabled whether to serve the viewer of the document at the path
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.ui.playground}.
		 * @return whether the viewer offers a playground that connects to the Socket.IO
		 * server and sends events
		 */
		public boolean isPlayground() {
			return this.playground;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.ui.playground}.
		 * @param playground whether the viewer offers a playground that connects to the
		 * Socket.IO server and sends events
		 */
		public void setPlayground(boolean playground) {
			this.playground = playground;
		}

	}

	/**
	 * The document's info object.
	 *
	 * @since 0.1.0
	 */
	public static class Info {

		/**
		 * Title of the API. Defaults to spring.application.name, then 'Socket.IO API'.
		 */
		private @Nullable String title;

		/**
		 * Version of the API. Defaults to spring.application.version, then '1.0.0'.
		 */
		private @Nullable String version;

		/**
		 * Description of the API (CommonMark).
		 */
		private @Nullable String description;

		/**
		 * URL of the terms of service of the API.
		 */
		private @Nullable String termsOfService;

		private final Contact contact = new Contact();

		private final License license = new License();

		/**
		 * Create the properties with their default values.
		 */
		public Info() {
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.title}.
		 * @return title of the API
		 */
		public @Nullable String getTitle() {
			return this.title;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.title}.
		 * @param title title of the API
		 */
		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.version}.
		 * @return version of the API
		 */
		public @Nullable String getVersion() {
			return this.version;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.version}.
		 * @param version version of the API
		 */
		public void setVersion(@Nullable String version) {
			this.version = version;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.description}.
		 * @return description of the API (CommonMark)
		 */
		public @Nullable String getDescription() {
			return this.description;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.description}.
		 * @param description description of the API (CommonMark)
		 */
		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.terms-of-service}.
		 * @return URL of the terms of service of the API
		 */
		public @Nullable String getTermsOfService() {
			return this.termsOfService;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.terms-of-service}.
		 * @param termsOfService URL of the terms of service of the API
		 */
		public void setTermsOfService(@Nullable String termsOfService) {
			this.termsOfService = termsOfService;
		}

		/**
		 * Return the properties of the contact of the API
		 * ({@code socketio.asyncapi.info.contact.*}).
		 * @return the contact properties
		 */
		public Contact getContact() {
			return this.contact;
		}

		/**
		 * Return the properties of the license of the API
		 * ({@code socketio.asyncapi.info.license.*}).
		 * @return the license properties
		 */
		public License getLicense() {
			return this.license;
		}

	}

	/**
	 * Who to contact about the API.
	 *
	 * @since 0.1.0
	 */
	public static class Contact {

		/**
		 * Name of the contact person or organization.
		 */
		private @Nullable String name;

		/**
		 * URL of the contact information.
		 */
		private @Nullable String url;

		/**
		 * Email address of the contact.
		 */
		private @Nullable String email;

		/**
		 * Create the properties with their default values.
		 */
		public Contact() {
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.contact.name}.
		 * @return name of the contact person or organization
		 */
		public @Nullable String getName() {
			return this.name;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.contact.name}.
		 * @param name name of the contact person or organization
		 */
		public void setName(@Nullable String name) {
			this.name = name;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.contact.url}.
		 * @return URL of the contact information
		 */
		public @Nullable String getUrl() {
			return this.url;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.contact.url}.
		 * @param url URL of the contact information
		 */
		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.contact.email}.
		 * @return email address of the contact
		 */
		public @Nullable String getEmail() {
			return this.email;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.contact.email}.
		 * @param email email address of the contact
		 */
		public void setEmail(@Nullable String email) {
			this.email = email;
		}

	}

	/**
	 * The license of the API.
	 *
	 * @since 0.1.0
	 */
	public static class License {

		/**
		 * Name of the license, for example 'Apache-2.0'.
		 */
		private @Nullable String name;

		/**
		 * URL of the license.
		 */
		private @Nullable String url;

		/**
		 * Create the properties with their default values.
		 */
		public License() {
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.license.name}.
		 * @return name of the license, for example 'Apache-2.0'
		 */
		public @Nullable String getName() {
			return this.name;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.license.name}.
		 * @param name name of the license, for example 'Apache-2.0'
		 */
		public void setName(@Nullable String name) {
			this.name = name;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.info.license.url}.
		 * @return URL of the license
		 */
		public @Nullable String getUrl() {
			return this.url;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.info.license.url}.
		 * @param url URL of the license
		 */
		public void setUrl(@Nullable String url) {
			this.url = url;
		}

	}

	/**
	 * A server of the document.
	 *
	 * @since 0.1.0
	 */
	public static class Server {

		/**
		 * Host name and port clients connect to, for example 'api.example.com:9092'.
		 * Defaults to the server's host and port.
		 */
		private @Nullable String host;

		/**
		 * Protocol clients use.
		 */
		private String protocol = "socketio";

		/**
		 * Version of the protocol.
		 */
		private String protocolVersion = "5";

		/**
		 * Engine.IO path clients connect to. Defaults to socketio.server.path.
		 */
		private @Nullable String pathname;

		/**
		 * Description of the server.
		 */
		private @Nullable String description;

		/**
		 * Create the properties with their default values.
		 */
		public Server() {
		}

		/**
		 * Return the value of {@code socketio.asyncapi.servers.<name>.host}.
		 * @return host name and port clients connect to, for example
		 * 'api.example.com:9092'
		 */
		public @Nullable String getHost() {
			return this.host;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.servers.<name>.host}.
		 * @param host host name and port clients connect to, for example
		 * 'api.example.com:9092'
		 */
		public void setHost(@Nullable String host) {
			this.host = host;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.servers.<name>.protocol}.
		 * @return protocol clients use
		 */
		public String getProtocol() {
			return this.protocol;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.servers.<name>.protocol}.
		 * @param protocol protocol clients use
		 */
		public void setProtocol(String protocol) {
			this.protocol = protocol;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.servers.<name>.protocol-version}.
		 * @return version of the protocol
		 */
		public String getProtocolVersion() {
			return this.protocolVersion;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.servers.<name>.protocol-version}.
		 * @param protocolVersion version of the protocol
		 */
		public void setProtocolVersion(String protocolVersion) {
			this.protocolVersion = protocolVersion;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.servers.<name>.pathname}.
		 * @return Engine.IO path clients connect to
		 */
		public @Nullable String getPathname() {
			return this.pathname;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.servers.<name>.pathname}.
		 * @param pathname Engine.IO path clients connect to
		 */
		public void setPathname(@Nullable String pathname) {
			this.pathname = pathname;
		}

		/**
		 * Return the value of {@code socketio.asyncapi.servers.<name>.description}.
		 * @return description of the server
		 */
		public @Nullable String getDescription() {
			return this.description;
		}

		/**
		 * Set the value of {@code socketio.asyncapi.servers.<name>.description}.
		 * @param description description of the server
		 */
		public void setDescription(@Nullable String description) {
			this.description = description;
		}

	}

}
