package io.github.sioasyncapi.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the AsyncAPI document, its endpoints and viewer
 * ({@code socketio.asyncapi.*}).
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

	private final Ui ui = new Ui();

	private final Info info = new Info();

	/**
	 * Servers of the document by name. When empty, one server named 'socketio' is derived
	 * from the socketio.server.* properties.
	 */
	private Map<String, Server> servers = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public boolean isPermitAll() {
		return this.permitAll;
	}

	public void setPermitAll(boolean permitAll) {
		this.permitAll = permitAll;
	}

	public Ui getUi() {
		return this.ui;
	}

	public Info getInfo() {
		return this.info;
	}

	public Map<String, Server> getServers() {
		return this.servers;
	}

	public void setServers(Map<String, Server> servers) {
		this.servers = servers;
	}

	/**
	 * The viewer.
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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public boolean isPlayground() {
			return this.playground;
		}

		public void setPlayground(boolean playground) {
			this.playground = playground;
		}

	}

	/**
	 * The document's info object.
	 */
	public static class Info {

		/**
		 * Title of the API. Defaults to spring.application.name.
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

		public @Nullable String getTitle() {
			return this.title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable String getVersion() {
			return this.version;
		}

		public void setVersion(@Nullable String version) {
			this.version = version;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		public @Nullable String getTermsOfService() {
			return this.termsOfService;
		}

		public void setTermsOfService(@Nullable String termsOfService) {
			this.termsOfService = termsOfService;
		}

		public Contact getContact() {
			return this.contact;
		}

		public License getLicense() {
			return this.license;
		}

	}

	/**
	 * Who to contact about the API.
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

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getEmail() {
			return this.email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

	}

	/**
	 * The license of the API.
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

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

	}

	/**
	 * A server of the document.
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

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public String getProtocol() {
			return this.protocol;
		}

		public void setProtocol(String protocol) {
			this.protocol = protocol;
		}

		public String getProtocolVersion() {
			return this.protocolVersion;
		}

		public void setProtocolVersion(String protocolVersion) {
			this.protocolVersion = protocolVersion;
		}

		public @Nullable String getPathname() {
			return this.pathname;
		}

		public void setPathname(@Nullable String pathname) {
			this.pathname = pathname;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

	}

}
